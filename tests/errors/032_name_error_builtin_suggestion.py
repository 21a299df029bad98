# A misspelt builtin.
def main():
    pritn('hello')
main()
