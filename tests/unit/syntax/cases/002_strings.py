'a'; "b"; '''c'''; """d"""
'it\'s'; "say \"hi\""; 'a"b'; "a'b"; 'both \' and "'
'\n\t\r\\\a\b\f\v\0\101\x41\u00e9\U0001F600\N{BULLET}'
r'\n\d' ; R"raw\"" ; b'bytes\x00\xff' ; B"\n" ; rb'\d' ; BR'\x' ; Rb"x" ; bR'y'
u'unicode' ; U"x"
'a' 'b' "c"
u'a' 'b'
'a' u'b'
b'a' b'b'
'é' "日本語" 'emoji 😀'
'\x7f\x80\xa0\u200b\ud800 \U0010ffff'
'''multi
line
string'''
"continued \
string"
'unknown \q escape'
'\
'
