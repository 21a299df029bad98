def gen():
    yield 1
    yield 1 / 0
def consume():
    for x in gen():
        pass
def main():
    try:
        consume()
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
    finally:
        print("main finally")
main()
