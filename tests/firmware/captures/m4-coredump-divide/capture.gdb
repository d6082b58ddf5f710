set pagination off
set confirm off
target remote 127.0.0.1:3462
break main
continue
set var fault_select = 2
break spin_forever
continue
stepi 5
set logging file regs.txt
set logging overwrite on
set logging redirect on
set logging enabled on
info registers
x/1wx 0xE000ED04
x/1wx 0xE000ED24
x/6wx 0xE000ED28
set logging enabled off
set logging file gdb-bt.txt
set logging enabled on
bt
set logging enabled off
dump binary memory ram.bin@0x20000000 0x20000000 0x20004000
kill
quit
