# PYTHONHASHSEED=N gives CPython's str hashes and set orders for that seed.
for seed in 1 42 4294967295; do
    PYTHONHASHSEED=$seed $PY -c 'print(hash("taipan"), hash("ü"), sorted({"x", "y"}))'
done
PYTHONHASHSEED=7 $PY -c 'print(set(["alpha", "beta", "gamma", "delta"]))'
echo "exit=$?"
