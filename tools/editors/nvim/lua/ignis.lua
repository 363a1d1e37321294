-- ignis.lua - Neovim set-up for Mojo files with the `ignis lsp` language server.
--
--   require("ignis").setup()                         -- `ignis` on PATH
--   require("ignis").setup({ cmd = { "/path/to/ignis", "lsp" } })
--
-- Registers the `mojo` filetype for *.mojo and *.🔥 and starts (or reuses) one
-- `ignis lsp` per project root for each Mojo buffer. Neovim 0.7 and later.
local M = {}

local root_markers = { ".git", "pixi.toml", "mojoproject.toml" }

-- The nearest folder above the file holding one of root_markers, else the
-- file's own folder.
local function find_root(path)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  local probe = dir
  while probe and probe ~= "" do
    for _, marker in ipairs(root_markers) do
      if vim.loop.fs_stat(probe .. "/" .. marker) then
        return probe
      end
    end
    local parent = vim.fn.fnamemodify(probe, ":h")
    if parent == probe then
      break
    end
    probe = parent
  end
  return dir
end

local clients = {} -- root dir -> client id (Neovim 0.7, without vim.lsp.start)

local function attach(bufnr, opts)
  local root = find_root(vim.api.nvim_buf_get_name(bufnr))
  local config = {
    name = "ignis",
    cmd = opts.cmd,
    root_dir = root,
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
  }
  if vim.lsp.start then -- Neovim 0.8+
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = clients[root]
  if not id or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

function M.setup(opts)
  opts = opts or {}
  opts.cmd = opts.cmd or { "ignis", "lsp" }
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ extension = { mojo = "mojo", ["🔥"] = "mojo" } })
  end
  local group = vim.api.nvim_create_augroup("ignis_lsp", { clear = true })
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = group,
    pattern = { "*.mojo", "*.🔥" },
    callback = function(args)
      vim.bo[args.buf].filetype = "mojo"
    end,
  })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = "mojo",
    callback = function(args)
      vim.bo[args.buf].commentstring = "# %s"
      vim.bo[args.buf].shiftwidth = 4
      vim.bo[args.buf].expandtab = true
      vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc"
      attach(args.buf, opts)
    end,
  })
end

return M
