o`wnelain()>ÙÙÙÙÙ'*ƒint(ààààà, world!")
