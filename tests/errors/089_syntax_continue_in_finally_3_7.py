# version: 3.7
# continue in a finally clause is an error before 3.8.
for attempt in range(3):
    try:
        print(attempt)
    finally:
        continue
