# String literals: quotes, escapes, raw strings, triple quotes, concatenation.
print('single', "double", 'it\'s', "say \"hi\"", 'mixed "q"', "mixed 'q'")
print('tab:\t|', 'nl:\\n', 'bs:\\', 'bell:\a|'.__len__(), '\x41\x42', '\101', '\u00e9', '\N{GREEK SMALL LETTER ALPHA}')
print(repr('a\nb'), repr('tab\t'), repr("'"), repr('"'), repr('\'"'), repr('\x00\x7f'), repr('é'), repr('\u200b'))
print(r'raw \n stays', r"C:\path\to", repr(r'\d+'))
s = '''line one
line two\
 continued
    indented'''
print(s)
print("""a "quoted" word""", len('''x
y'''))
print('adjacent' ' strings' " joined")
print('' == "", len(''), len('\n'), len('\\n'), len(r'\n'))
print('\u2603', '\U0001F600'.encode('utf-8'), len('\U0001F600'))
print('a' 'b' * 3, ('a' 'b') * 3)
