-- End-to-end: Neovim's own LSP client drives `statuslint lsp` on a spec. Run by .ci/neovim-e2e.sh:
--   nvim --headless --clean -c "luafile tests/neovim/e2e.lua" SPEC
-- with editors/neovim on 'runtimepath'. Exits 0 when every step saw what it should, else 1.
local spec = vim.env.STATUSLINT_E2E_SPEC
local rule = 'path-parameter-operation-declares-404'

local function fail(message)
  io.stderr:write('FAILED: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function say(message)
  io.stdout:write(message .. '\n')
end

local function findings(code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.code or lsp.code) == code then
      table.insert(found, d)
    end
  end
  return found
end

require('statuslint').setup({ cmd = { vim.env.STATUSLINT_E2E_COMMAND or 'statuslint', 'lsp' } })
vim.cmd('edit ' .. vim.fn.fnameescape(spec))

-- 1. Diagnostics arrive, at the key the finding is about.
if not vim.wait(30000, function() return #findings(rule) > 0 end, 50) then
  fail('no ' .. rule .. ' diagnostic within 30 s; got ' .. vim.inspect(vim.diagnostic.get(0)))
end
local missing = findings(rule)[1]
local key_line = vim.fn.search('^      responses:', 'n') - 1
if missing.lnum ~= key_line or missing.col ~= 6 or missing.end_col ~= 15 or missing.severity ~= vim.diagnostic.severity.ERROR then
  fail('expected an error on the responses key at ' .. key_line .. ':6-15, got ' .. vim.inspect(missing))
end
say('diagnostic: ' .. rule .. ' at ' .. missing.lnum .. ':' .. missing.col .. '-' .. missing.end_col .. ' (0-based), ' .. #vim.diagnostic.get(0) .. ' in all')

-- 1b. Typing sends only the changed lines (incremental sync, as the server asks): a line added above
-- the finding moves it down, and taking it out moves it back.
local attached = vim.lsp.get_active_clients()[1]
local sync = attached.resolved_capabilities and attached.resolved_capabilities.text_document_did_change
  or (attached.server_capabilities.textDocumentSync or {}).change
if sync ~= vim.lsp.protocol.TextDocumentSyncKind.Incremental then
  fail('the client does not send incremental changes; textDocumentSync.change is ' .. vim.inspect(sync))
end
vim.api.nvim_buf_set_lines(0, 0, 0, false, { '# edited in Neovim' })
if not vim.wait(30000, function() local f = findings(rule)[1]; return f ~= nil and f.lnum == key_line + 1 end, 50) then
  fail('after a line was added at the top, the diagnostic is not one line lower: ' .. vim.inspect(findings(rule)))
end
vim.api.nvim_buf_set_lines(0, 0, 1, false, {})
if not vim.wait(30000, function() local f = findings(rule)[1]; return f ~= nil and f.lnum == key_line end, 50) then
  fail('after the line was taken out, the diagnostic is not back on its key: ' .. vim.inspect(findings(rule)))
end
say('incremental edits: the diagnostic moved down a line and back')

-- 2. Hover on a response code names it.
local position = { line = key_line + 1, character = 9 }
local hovers = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(), position = position }, 10000) or {}
local hover_text = ''
for _, answer in pairs(hovers) do
  if answer.result then hover_text = answer.result.contents.value end
end
if not hover_text:find('200 OK', 1, true) then
  fail('hover on the 200 key said ' .. vim.inspect(hover_text))
end
say('hover: ' .. hover_text:gsub('\n.*', ''))

-- 3. The quick fix is offered, and applied as Neovim applies any workspace edit.
local range = { start = { line = missing.lnum, character = missing.col }, ['end'] = { line = missing.end_lnum, character = missing.end_col } }
local answers = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(),
  range = range,
  context = { diagnostics = {}, only = { 'quickfix' } },
}, 10000) or {}
local chosen, client = nil, nil
for id, answer in pairs(answers) do
  for _, action in ipairs(answer.result or {}) do
    if action.title == 'Add 404 Not Found response' then
      chosen, client = action, vim.lsp.get_client_by_id(id)
    end
  end
end
if chosen == nil then
  fail('no "Add 404 Not Found response" action; got ' .. vim.inspect(answers))
end
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
say('applied: ' .. chosen.title)

-- 4. The edit (unsaved) is linted again and the diagnostic goes.
if not vim.wait(30000, function() return #findings(rule) == 0 end, 50) then
  fail('the ' .. rule .. ' diagnostic is still there after the fix')
end
say('diagnostic gone after the unsaved edit')

-- 5. Saved, so that the CI script can lint the file with the CLI.
vim.cmd('write')
vim.wait(500)
say('saved ' .. spec)
vim.cmd('qall!')
