# versions: 3.6 3.8 3.9 3.10 3.12
import sys
import keyword
print(keyword.kwlist, len(keyword.kwlist))
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.iskeyword('If'))
print(getattr(keyword, 'softkwlist', None))
if hasattr(keyword, 'issoftkeyword'):
    print(keyword.issoftkeyword('match'), keyword.issoftkeyword('if'))
print(sorted(keyword.__all__))
