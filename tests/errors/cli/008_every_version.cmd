for v in 2.7 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13; do slotscope --python $v version.py || exit; done
