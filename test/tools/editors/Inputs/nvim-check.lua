-- Drives Neovim headless against `ignis lsp` (test/tools/editors/nvim.test):
-- opens the file given on the command line through tools/editors/nvim, waits
-- for diagnostics, then asks for hover and definition, and prints what the
-- client received on stdout.
local function out(s)
  io.stdout:write(s .. "\n")
end
vim.opt.runtimepath:prepend(os.getenv("IGNIS_NVIM_DIR"))
require("ignis").setup({ cmd = { os.getenv("IGNIS"), "lsp" } })

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    out("filetype: " .. vim.bo[buf].filetype)
    local ok = vim.wait(20000, function()
      return #vim.diagnostic.get(buf) > 0
    end, 50)
    if not ok then
      out("no diagnostics")
    end
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      out(string.format("diagnostic %d:%d %s", d.lnum + 1, d.col + 1, d.message))
    end
    local uri = vim.uri_from_bufnr(buf)
    local function request(method, line, col)
      local params = { textDocument = { uri = uri }, position = { line = line, character = col } }
      local results = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
      for _, r in pairs(results) do
        return r.result
      end
    end
    local hover = request("textDocument/hover", 21, 16)
    out("hover: " .. (hover and hover.contents.value:gsub("\n", " | ") or "none"))
    local def = request("textDocument/definition", 21, 22)
    if def and def[1] then
      out(string.format("definition: %s:%d:%d", vim.fn.fnamemodify(vim.uri_to_fname(def[1].uri), ":t"),
        def[1].range.start.line + 1, def[1].range.start.character + 1))
    else
      out("definition: none")
    end
    vim.cmd("qa!")
  end,
})
