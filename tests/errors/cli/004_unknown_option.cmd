slotscope --bogus-option version.py
