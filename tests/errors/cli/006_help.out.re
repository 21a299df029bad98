^usage: slotscope
--python
