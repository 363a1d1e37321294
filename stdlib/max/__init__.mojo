# max: the names of Modular's MAX packages that Mojo programs import
# (`from max.gpu.host import DeviceContext`); they are std's.
