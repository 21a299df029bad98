# Invalid UTF-8 in a comment is an error too: Ã(
print("never")
