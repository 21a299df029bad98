# An exception raised inside a generator while it is being consumed.
def parse(lines):
    for line in lines:
        yield int(line)
print(sum(parse(['1', '2', 'three'])))
