# The README's tour program must keep printing exactly what CPython prints.
$PY examples/tour.py
echo "exit=$?"
