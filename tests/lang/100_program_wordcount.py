# A small program using many features together: word frequencies, classes, sorting, formatting.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
class Counter:
    __slots__ = ('counts',)
    def __init__(self):
        self.counts = {}
    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
c = Counter()
for line in TEXT.splitlines():
    for word in line.replace(',', ' ').split():
        c.add(word.lower())
for rank, (word, count) in enumerate(c.most_common(6), 1):
    print(f'{rank:>2}. {word:<12}{count:>3} {"*" * count}')
total = sum(c.counts.values())
print('%d words, %d distinct, %.1f%% "was"' % (total, len(c.counts), 100 * c.counts['was'] / total))
lengths = {}
for w in c.counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
