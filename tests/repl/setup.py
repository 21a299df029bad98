greeting = 'hello'
def shout(s):
    return s.upper() + '!'
print('setup ran')
