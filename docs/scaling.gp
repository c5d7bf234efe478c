# Latency against article length (data: docs/scaling.tsv from src/bench/scripts/summarize.py).
# Draw with: gnuplot docs/scaling.gp   (writes docs/scaling.png)
set terminal pngcairo size 1100,480 font "DejaVu Sans,10"
set output "docs/scaling.png"
set datafile missing "NaN"
set multiplot layout 1,2 title "Standpoint: latency against article length (default engine, 2-core shared machine, JVM mode)"
set logscale xy
set xlabel "article length (characters)"
set ylabel "latency per article (ms)"
set format x "%.0s%c"
set grid
set xrange [700:1.5e6]
set key top left
stats "docs/scaling.tsv" using 1:2 nooutput
# Linear reference through the engine's 64 KB point: time = c * length.
c = 0
stats "docs/scaling.tsv" every ::3::3 using ($2/$1) name "REF" nooutput
f(x) = REF_mean * x
plot "docs/scaling.tsv" using 1:2 with linespoints lw 2 pt 7 title "engine (JMH median)", \
     "docs/scaling.tsv" using 1:3 with linespoints lw 2 pt 5 title "HTTP API, persist=false (median)", \
     f(x) with lines dt 2 lc rgb "gray" title "linear (through engine @ 64 KB)"
unset logscale y
set ylabel "microseconds per KB"
set yrange [0:*]
plot "docs/scaling.tsv" using 1:(1000*$2/($1/1024)) with linespoints lw 2 pt 7 title "engine", \
     "docs/scaling.tsv" using 1:(1000*$3/($1/1024)) with linespoints lw 2 pt 5 title "HTTP API"
unset multiplot
