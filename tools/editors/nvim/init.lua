-- A minimal init.lua for trying Ignis in Neovim:
--   nvim -u tools/editors/nvim/init.lua examples/hello.mojo
-- (or copy the two lines below into your own init.lua).
vim.opt.runtimepath:prepend(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h"))
require("ignis").setup({ cmd = { os.getenv("IGNIS") or "ignis", "lsp" } })
