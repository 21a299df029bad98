x = f"{class}"
