x = f"{x}
