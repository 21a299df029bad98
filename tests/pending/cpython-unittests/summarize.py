# Summarise a unittest -v log: one line per failing test (status, name, where, last exception line).
# usage: python3 summarize.py out_test_descr.txt
import re, sys
txt = open(sys.argv[1]).read()
blocks = re.split(r'\n={70}\n', txt)
for b in blocks[1:]:
    head = b.split('\n', 1)[0]
    m = re.match(r'(ERROR|FAIL): (\S+)', head)
    if not m:
        continue
    lines = [l for l in b.split('\n') if l.strip() and not l.startswith('-----')]
    # last exception line
    exc = ''
    for l in lines:
        if re.match(r'^[A-Za-z_.]*(Error|Exception|Failure|Exit)\b', l) or l.startswith('AssertionError'):
            exc = l
    where = ''
    for l in lines:
        if l.strip().startswith('File "/tmp/cpt/bundle'):
            where = re.sub(r'.*line (\d+), in (\S+).*', r'L\1 \2', l)
    print('%-5s %-55s %-28s %s' % (m.group(1), m.group(2)[:55], where[:28], exc[:150]))
