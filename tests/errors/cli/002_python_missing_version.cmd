slotscope --python
