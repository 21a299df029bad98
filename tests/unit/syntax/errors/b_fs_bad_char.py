x = f"{x $ y}"
