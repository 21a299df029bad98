slotscope version.py
