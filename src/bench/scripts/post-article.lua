-- wrk script: POST one article as text/plain. The file comes from $ARTICLE (default: the Belarus dev text).
local path = os.getenv("ARTICLE") or "../shared/eval/dev/texts/belarus-oreshnik.txt"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=UTF-8"
