x = f"abc {x def"
