-- statuslint's language server for Neovim's built-in LSP client (Neovim 0.7 and later).
-- Copy this file to ~/.config/nvim/lua/statuslint.lua and call, from init.lua:
--   require('statuslint').setup({ settings = { packs = { 'recommended' }, minimumSeverity = 'note' } })
-- Every YAML and JSON buffer is attached; the server itself decides by content which are OpenAPI
-- documents and leaves the others without diagnostics.
local M = {}

local client_id = nil

local function config(opts)
  local settings = opts.settings or {}
  return {
    name = 'statuslint',
    cmd = opts.cmd or { 'statuslint', 'lsp' },
    root_dir = opts.root_dir or vim.fn.getcwd(),
    -- Read by the server at initialize, and sent again as workspace/didChangeConfiguration.
    init_options = settings,
    settings = { statuslint = settings },
  }
end

--- Attaches statuslint to every YAML and JSON buffer.
--- opts.cmd: the command (default { 'statuslint', 'lsp' }); opts.settings: packs, minimumSeverity, configPath.
function M.setup(opts)
  opts = opts or {}
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'yaml', 'json' },
    callback = function(args)
      if vim.lsp.start then
        -- Neovim 0.8+: reuses the running client for the same name and root.
        vim.lsp.start(config(opts), { bufnr = args.buf })
        return
      end
      -- Neovim 0.7: one client for every buffer, started on the first.
      if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
        client_id = vim.lsp.start_client(config(opts))
      end
      if client_id then
        vim.lsp.buf_attach_client(args.buf, client_id)
      end
    end,
  })
end

return M
