# AddressSpace: the memory an address points into. Only GENERIC (ordinary
# CPU memory) is generated for; the GPU spaces are names for the values
# Mojo's GPU code uses.


struct AddressSpace:
    comptime GENERIC = 0
    comptime GLOBAL = 1
    comptime SHARED = 3
    comptime CONSTANT = 4
    comptime LOCAL = 5
