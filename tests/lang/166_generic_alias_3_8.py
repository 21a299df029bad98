# version: 3.8
try: int | str
except TypeError as e: print(e)
try: list[int]
except TypeError as e: print(e)
