# bytes literals, indexing, slicing, methods and conversions.
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(repr(b'\n\t\\'), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b'abc' + b'def', b'ab' * 3, b'b' in b'abc', 98 in b'abc')
print(b'a,b,c'.split(b','), b'-'.join([b'x', b'y']), b'  pad '.strip(), b'Hello'.upper())
print(b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.replace(b'l', b'L'), b'hello'.startswith(b'he'))
print('héllo'.encode('utf-8'), b'h\xc3\xa9llo'.decode('utf-8'), 'abc'.encode())
print(b'abc'.hex(), bytes.fromhex('616263'), b'abc' == b'abc', b'abc' < b'abd')
print(rb'\d', br'raw\n', type(b''), bytes('xyz', 'ascii'))
print(bytearray(b'abc'), list(bytearray(2)))
