import { EXPORT_FORMATS } from '../../io/export';
import { findFormat } from '../../io/formats';
import { zh } from './zh';

/** The export commands' Chinese names, one per export format (see viewCommands). */
const exportZh = Object.fromEntries(
  EXPORT_FORMATS.map((format) => {
    // The format's name without its English gloss: "HTML (two columns)" -> "HTML".
    const label = (findFormat(format)?.label ?? format).replace(/\s*\(.*\)$/, '');
    return [
      `export-${format}`,
      {
        label: `导出为 ${label}`,
        description: `下载对齐的句对：${zh[`export.format.${format}.hint`]}。`,
      },
    ];
  }),
);

/**
 * Chinese names and descriptions of the commands, by command id. In English the registry's own
 * label is the accessible name (DESIGN.md's contract) and its description the help text.
 */
export const commandsZh: Readonly<Record<string, { label: string; description: string }>> = {
  ...exportZh,
  undo: { label: '撤销', description: '撤销对对齐的上一次修改。' },
  redo: { label: '重做', description: '重做上一次撤销的修改。' },
  'merge-next': { label: '与下一行合并', description: '把选中的行与下一行合并。' },
  'merge-selection': { label: '合并选中的行', description: '把选中的多行合并为一组。' },
  'split-link': { label: '拆分', description: '把选中的行在每侧第一个片段之后拆成两行。' },
  'move-first-up': {
    label: '首片段上移',
    description: '把选中一侧的第一个片段移到上一行（也可以按住片段旁的拖动柄把它拖过去）。',
  },
  'move-last-down': {
    label: '末片段下移',
    description: '把选中一侧的最后一个片段移到下一行（也可以按住片段旁的拖动柄把它拖过去）。',
  },
  'realign-stretch': {
    label: '重新对齐未确认段',
    description: '重新对齐选中行周围、已确认行之间的未确认行（已确认和手工修改的行保持不变）。',
  },
  'realign-selection': {
    label: '重新对齐选中的行',
    description: '只重新对齐选中各行的片段；其中已确认和手工修改的行保持不变。',
  },
  'detach-first': {
    label: '分离首片段',
    description: '让选中一侧的第一个片段单独成行（不配对）。',
  },
  'detach-last': {
    label: '分离末片段',
    description: '让选中一侧的最后一个片段单独成行（不配对）。',
  },
  'split-segment': {
    label: '在光标处拆分片段',
    description: '在光标处把片段一分为二：在文本编辑器中按 Ctrl+Enter（⌘+Enter）。',
  },
  'join-segment-next': {
    label: '与下一片段连接',
    description: '把选中一侧的最后一个片段与其后的片段连成一个。',
  },
  'edit-text': {
    label: '编辑片段文本',
    description: '替换片段的文本（双击、Enter 或 F2 打开编辑器）。',
  },
  confirm: { label: '确认', description: '把选中的行标记为已检查。' },
  'confirm-next': {
    label: '确认并跳到下一行',
    description: '确认选中的行并跳到下一个未确认的行：一键完成校对循环。',
  },
  unconfirm: { label: '取消确认', description: '把选中的行重新标记为未检查。' },
  'confirm-all-above': { label: '确认以上全部', description: '确认从第一行到选中行的所有行。' },
  'toggle-sentences': {
    label: '显示/隐藏句子',
    description: '把选中的段落对展开为逐句对齐（再按一次收起）。',
  },
  'set-note': { label: '设置备注', description: '为选中的行添加备注（空备注即删除）。' },
  'next-row': { label: '下一行', description: '选中下一行。' },
  'prev-row': { label: '上一行', description: '选中上一行。' },
  'first-row': { label: '第一行', description: '选中第一行。' },
  'last-row': { label: '最后一行', description: '选中最后一行。' },
  'extend-next': { label: '向下扩展选择', description: '把选择范围扩展到下一行。' },
  'extend-prev': { label: '向上扩展选择', description: '把选择范围扩展到上一行。' },
  'extend-first': { label: '选择到第一行', description: '把选择范围扩展到第一行。' },
  'extend-last': { label: '选择到最后一行', description: '把选择范围扩展到最后一行。' },
  'extend-to': { label: '扩展选择到此行', description: '把选择范围扩展到点击的行（Shift+点击）。' },
  'select-source': { label: '选择原文侧', description: '命令作用于行的中文（左）侧。' },
  'select-target': { label: '选择译文侧', description: '命令作用于行的英文（右）侧。' },
  'select-link': { label: '选择行', description: '选中一行（点击它即可）。' },
  'go-to-row': { label: '跳到行…', description: '输入行号并跳到该行。' },
  'next-flagged': {
    label: '下一个有提示的行',
    description: '跳到下一个带有任何问题提示的行（按文档顺序，到末尾后从头开始）。',
  },
  'prev-flagged': {
    label: '上一个有提示的行',
    description: '跳到上一个带有问题提示的行（到开头后从末尾开始）。',
  },
  'look-up-word': {
    label: '查词',
    description:
      '显示选中行中一个词的词典释义，并标出另一侧与之对应的词（即对齐器计入的证据）；再按一次查下一个词。鼠标停在词上或选中词也可查词。',
  },
  'look-up-prev-word': { label: '查上一个词', description: '对当前所查词之前的词查词。' },
  'toggle-flags-panel': {
    label: '问题提示',
    description: '打开或关闭按类型分组的问题提示列表；点击一条跳到它所在的行。',
  },
  'filter-rows': {
    label: '筛选行',
    description: '只显示有提示、未确认、未配对或手动修改过的行。',
  },
  'clear-filter': { label: '显示全部行', description: '关闭行筛选。' },
  'next-unconfirmed': {
    label: '下一个未确认行',
    description: '下一个未确认行（到末尾后从头开始）。',
  },
  'prev-unconfirmed': {
    label: '上一个未确认行',
    description: '上一个未确认行（到开头后从末尾开始）。',
  },
  'dismiss-flags': { label: '忽略提示', description: '忽略选中行的问题提示。' },
  'restore-flags': { label: '恢复提示', description: '恢复选中行被忽略的问题提示。' },
  'show-help': { label: '键盘快捷键', description: '显示这份命令与按键列表。' },
  'command-palette': { label: '命令面板', description: '按名称（中文或英文）查找并运行任意命令。' },
  find: { label: '查找', description: '搜索中文或英文文本（普通文本或正则表达式）。' },
  'edit-segment': {
    label: '编辑文本',
    description:
      '编辑选中一侧的文本（或双击它）。Enter 保存，Shift+Enter 换行，Esc 取消，Ctrl+Enter 在光标处拆分片段。',
  },
  'row-menu': { label: '行菜单', description: '打开选中行的菜单（或右键点击该行）。' },
  'open-files': { label: '打开…', description: '打开对齐文件，或打开两个文本文件进行对齐。' },
  'save-document': { label: '保存', description: '保存对齐文件（选定后再次保存到同一文件）。' },
  'save-document-as': { label: '另存为…', description: '以新名称保存对齐。' },
  'paste-texts': { label: '粘贴文本…', description: '粘贴中文原文和英文译文，并对齐。' },
  'toggle-language': {
    label: '切换界面语言（English）',
    description: '把界面切换为英文（或切换回中文）。',
  },
};
