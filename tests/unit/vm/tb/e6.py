nums = [1, 2, 3]
total = sum(n / (n - 2) for n in nums)
