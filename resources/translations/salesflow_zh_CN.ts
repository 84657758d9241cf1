<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>合同：%1</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source>Next maintenance: %1</source>
        <translation>下次维护：%1</translation>
    </message>
    <message>
        <source>Service (%1): %2</source>
        <translation>售后服务（%1）：%2</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>Process-driven CRM for B2B sales teams: lead, opportunity follow-up, contract and after-sales in one closed loop.</source>
        <translation>面向 B2B 销售团队的流程化 CRM：线索、商机跟进、合同与售后，形成闭环。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时 %2）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <source>Holiday schedules from the holiday-cn project (MIT).</source>
        <translation>节假日安排数据来自 holiday-cn 项目（MIT 许可）。</translation>
    </message>
    <message>
        <source>About SalesFlow</source>
        <translation>关于 SalesFlow</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Only an administrator may read the audit trail.</source>
        <translation>只有管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>You may not read the audit trail of customers.</source>
        <translation>您无权查看客户的审计日志。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>计划项</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>合同模板</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求描述</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation>标记为无效</translation>
    </message>
    <message>
        <source>Duplicate confirmed</source>
        <translation>确认非重复</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>已降级</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>对接人</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Expected amount (fen)</source>
        <translation>预计金额（分）</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>违约责任</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>Renewal opportunity</source>
        <translation>续约商机</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次维护</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Strategy adjustment</source>
        <translation>策略调整</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CalendarAdminPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an official holiday schedule (holiday-cn JSON or iCalendar); it replaces that year&apos;s schedule.</source>
        <translation>导入官方节假日安排（holiday-cn JSON 或 iCalendar 文件），将替换该年份的安排。</translation>
    </message>
    <message>
        <source>Days off and make-up working days</source>
        <translation>休息日与调休上班日</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CalendarParseError</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is listed twice (also on line %2)</source>
        <translation>%1 重复出现（另见第 %2 行）</translation>
    </message>
    <message>
        <source>%1 does not belong to the %2 schedule</source>
        <translation>%1 不属于 %2 年的安排</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>neither a holiday-cn JSON file nor an iCalendar file (BEGIN:VCALENDAR)</source>
        <translation>既不是 holiday-cn JSON 文件，也不是 iCalendar 文件（BEGIN:VCALENDAR）</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;days&quot; is missing</source>
        <translation>缺少 &quot;days&quot;</translation>
    </message>
    <message>
        <source>&quot;days&quot; must be an array</source>
        <translation>&quot;days&quot; 必须是数组</translation>
    </message>
    <message>
        <source>&quot;year&quot; is missing</source>
        <translation>缺少 &quot;year&quot;</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year from %1 to %2</source>
        <translation>&quot;year&quot; 必须是 %1 到 %2 之间的年份</translation>
    </message>
    <message>
        <source>day %1 is not an object</source>
        <translation>第 %1 个日期项不是对象</translation>
    </message>
    <message>
        <source>day %1 has no &quot;date&quot;</source>
        <translation>第 %1 个日期项缺少 &quot;date&quot;</translation>
    </message>
    <message>
        <source>invalid date %1: expected &quot;YYYY-MM-DD&quot;</source>
        <translation>无效日期 %1：应为 &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>day %1 has no &quot;isOffDay&quot;</source>
        <translation>第 %1 个日期项缺少 &quot;isOffDay&quot;</translation>
    </message>
    <message>
        <source>&quot;isOffDay&quot; must be true or false</source>
        <translation>&quot;isOffDay&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be text</source>
        <translation>&quot;name&quot; 必须是文本</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never ended by END:%1</source>
        <translation>BEGIN:%1 没有对应的 END:%1</translation>
    </message>
    <message>
        <source>the calendar has no events</source>
        <translation>日历中没有任何事件</translation>
    </message>
    <message>
        <source>a folded line continues no line</source>
        <translation>折行之前没有可接续的行</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>expected NAME:VALUE, found &quot;%1&quot;</source>
        <translation>应为 名称:值，实际为“%1”</translation>
    </message>
    <message>
        <source>the file does not start with BEGIN:VCALENDAR</source>
        <translation>文件开头不是 BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>text after END:VCALENDAR</source>
        <translation>END:VCALENDAR 之后还有内容</translation>
    </message>
    <message>
        <source>VCALENDAR inside BEGIN:%1</source>
        <translation>VCALENDAR 位于 BEGIN:%1 之内</translation>
    </message>
    <message>
        <source>VEVENT inside BEGIN:%1</source>
        <translation>VEVENT 位于 BEGIN:%1 之内</translation>
    </message>
    <message>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 没有对应的 BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (of line %3) is expected</source>
        <translation>出现 END:%1，但应为（第 %3 行开始的）END:%2</translation>
    </message>
    <message>
        <source>a second %1 in the event of line %2</source>
        <translation>第 %2 行的事件中出现了第二个 %1</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; in %2: expected yyyyMMdd</source>
        <translation>%2 中的日期“%1”无效：应为 yyyyMMdd</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>事件缺少 DTSTART</translation>
    </message>
    <message>
        <source>DTEND %1 is not after DTSTART %2</source>
        <translation>DTEND %1 不晚于 DTSTART %2</translation>
    </message>
    <message>
        <source>the event lasts %1 days; at most %2 are expected</source>
        <translation>事件持续 %1 天；最多应为 %2 天</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Only an administrator may change the holiday calendar.</source>
        <translation>只有管理员可以修改节假日日历。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>%1 does not belong to the %2 schedule.</source>
        <translation>%1 不属于 %2 年的节假日安排。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is neither a day off nor a make-up working day.</source>
        <translation>%1 既不是休息日，也不是调休上班日。</translation>
    </message>
    <message>
        <source>The bundled calendar %1 is missing.</source>
        <translation>缺少内置日历 %1。</translation>
    </message>
    <message>
        <source>bundled %1</source>
        <translation>内置 %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Imported the %1 schedule: %2 days off, %3 make-up working days.</source>
        <translation>已导入 %1 年的安排：%2 个休息日，%3 个调休上班日。</translation>
    </message>
    <message>
        <source>%1 is a working day.</source>
        <translation>%1 是工作日。</translation>
    </message>
    <message>
        <source>%1 is not a working day.</source>
        <translation>%1 不是工作日。</translation>
    </message>
    <message>
        <source>%1: %2 days off, %3 make-up working days (%4)</source>
        <translation>%1：%2 个休息日，%3 个调休上班日（%4）</translation>
    </message>
    <message>
        <source>Import a holiday schedule (holiday-cn JSON or iCalendar), replacing its year.</source>
        <translation>导入节假日安排（holiday-cn JSON 或 iCalendar），替换该年份的安排。</translation>
    </message>
    <message>
        <source>Say whether DATE is a working day.</source>
        <translation>判断 DATE 是否为工作日。</translation>
    </message>
    <message>
        <source>The N-th working day after DATE (before it if N is negative).</source>
        <translation>DATE 之后第 N 个工作日（N 为负数时为之前）。</translation>
    </message>
    <message>
        <source>List the holiday schedules in the database.</source>
        <translation>列出数据库中的节假日安排。</translation>
    </message>
    <message>
        <source>Usage: salesflow-cli [--db PATH] [--json] [--verbose] COMMAND ...

Commands:
</source>
        <translation>用法：salesflow-cli [--db 路径] [--json] [--verbose] 命令 ...

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 usage error, 2 invalid input (nothing written), 3 storage error.</source>
        <translation>
退出码：0 完成，1 用法错误，2 输入无效（未写入任何数据），3 存储错误。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: salesflow-cli %1</source>
        <translation>用法：salesflow-cli %1</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>“%1”的参数个数不正确</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the option --%2</source>
        <translation>“%1”不接受选项 --%2</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 必须是整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:
</source>
        <translation>
            <numerusform>%1：发现 %n 个问题：
</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity; exit code 3 if it has problems.</source>
        <translation>检查数据库完整性；发现问题时退出码为 3。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, even while others write.</source>
        <translation>将数据库的一致副本写入 FILE，即使其他人正在写入也安全。</translation>
    </message>
    <message>
        <source>users add needs --role (one of %1)</source>
        <translation>users add 需要 --role（取值之一：%1）</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>未知角色“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色 %3。</translation>
    </message>
    <message>
        <source>Added the region %1 (%2).</source>
        <translation>已添加区域 %1（%2）。</translation>
    </message>
    <message>
        <source>Add a user with a role: rep, assistant, manager, legal, finance or admin.</source>
        <translation>添加用户并指定角色：rep、assistant、manager、legal、finance 或 admin。</translation>
    </message>
    <message>
        <source>List the users.</source>
        <translation>列出用户。</translation>
    </message>
    <message>
        <source>Add a sales region (code of 2–3 capital letters).</source>
        <translation>添加销售区域（代码为 2–3 个大写字母）。</translation>
    </message>
    <message>
        <source>List the sales regions.</source>
        <translation>列出销售区域。</translation>
    </message>
    <message>
        <source>%1 is a valid customer id (region %2, year %3, serial %4).</source>
        <translation>%1 是有效的客户编号（区域 %2，年份 %3，序号 %4）。</translation>
    </message>
    <message>
        <source>Check a customer id (R1); exit code 2 if it is not valid.</source>
        <translation>检查客户编号（R1）；无效时退出码为 2。</translation>
    </message>
    <message>
        <source>The id the next customer of REGION will get (this year unless --year).</source>
        <translation>REGION 的下一个客户将获得的编号（默认今年，可用 --year 指定）。</translation>
    </message>
    <message>
        <source>%1 working days from %2 is beyond the calendar&apos;s range.</source>
        <translation>从 %2 起第 %1 个工作日超出了日历范围。</translation>
    </message>
    <message>
        <source>the option --db needs a file name</source>
        <translation>选项 --db 需要一个文件名</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>--%1 must not be negative, not %2.</source>
        <translation>--%1 不能为负数，而不是 %2。</translation>
    </message>
    <message>
        <source>--grade must be A, B, C or none, not &quot;%1&quot;.</source>
        <translation>--grade 必须是 A、B、C 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3 of %4 rows would be imported.</source>
        <translation>试运行 %1（%2）：%4 行中有 %3 行可以导入。</translation>
    </message>
    <message>
        <source>Imported %3 of %4 rows from %1 (%2).</source>
        <translation>已从 %1（%2）导入 %4 行中的 %3 行。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>New users (reps) for the owners: %1</source>
        <translation>为负责人新建的用户（客户代表）：%1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>this version exports customers only (&quot;export customers FILE&quot;)</source>
        <translation>此版本仅支持导出客户（“export customers 文件”）</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已将 %1 个客户导出到 %2。</translation>
    </message>
    <message>
        <source>%1 of %2 customers shown.</source>
        <translation>显示 %2 个客户中的 %1 个。</translation>
    </message>
    <message>
        <source>Export the customers of a filter to FILE.csv (UTF-8 with BOM) or FILE.xlsx.</source>
        <translation>将筛选出的客户导出为 FILE.csv（带 BOM 的 UTF-8）或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>List customers; &quot;total&quot; counts every match. Grade: A, B, C or none.</source>
        <translation>列出客户；“total”为全部匹配数。等级：A、B、C 或 none。</translation>
    </message>
    <message>
        <source>Create the database, or bring it to this version&apos;s schema; --demo N adds N demo customers and a demo team.</source>
        <translation>创建数据库或升级到此版本的结构；--demo N 添加 N 个演示客户和一个演示团队。</translation>
    </message>
    <message>
        <source>%1 must be a local date and time written YYYY-MM-DDTHH:MM:SS, YYYY-MM-DD HH:MM or YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 必须是本地日期时间，格式为 YYYY-MM-DDTHH:MM:SS、YYYY-MM-DD HH:MM 或 YYYY-MM-DD，而不是“%2”。</translation>
    </message>
    <message>
        <source>Import customers, follow-up records or plan items from a CSV file (UTF-8 or GB18030, English or Chinese headers); rejected rows are listed by line and reason.</source>
        <translation>从 CSV 文件导入客户、跟进记录或计划项（UTF-8 或 GB18030，英文或中文表头）；被拒绝的行按行号列出原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) as of %1 (events since %2):</source>
        <translation>
            <numerusform>截至 %1 共 %n 条结果（事件自 %2 起）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) downgraded (R13) as of %1.</source>
        <translation>
            <numerusform>截至 %1 共降级 %n 个客户（R13）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review of the week of %1: %n A and B customer(s).</source>
        <translation>
            <numerusform>%1 这一周的复盘：共 %n 个 A、B 类客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5 follow-up(s), %6 progress, %7 risk(s), %8 overdue%9</source>
        <translation>%1 %2 %3（%4）：跟进 %5 次，推进 %6 次，风险 %7 项，逾期 %8 项%9</translation>
    </message>
    <message>
        <source> — downgrade candidate (R13)</source>
        <translation> — 待降级（R13）</translation>
    </message>
    <message>
        <source>The Monday review (R12): every A and B customer with last week&apos;s follow-ups, progress events, open risks, overdue next actions and R13 candidates; the week of DATE (default this week).</source>
        <translation>周一复盘（R12）：列出所有 A、B 类客户上周的跟进、推进、未决风险、逾期的下一步行动和 R13 待降级客户；默认本周，也可用 DATE 指定。</translation>
    </message>
    <message>
        <source>Review pack written to %1.</source>
        <translation>复盘资料已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Receivables as of %1: %n open instalment(s).</source>
        <translation>
            <numerusform>截至 %1 的应收账款：共 %n 笔未结清分期款。</numerusform>
        </translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>days</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>账龄区间</translation>
    </message>
    <message>
        <source>Outstanding %1, of which overdue %2 (%3).</source>
        <translation>未收金额 %1，其中逾期 %2（%3）。</translation>
    </message>
    <message>
        <source>Import contracts from a CSV file (administrators): a contract past draft needs its core terms (R14) and the approval times of its status (R15); rejected rows are listed by line and reason.</source>
        <translation>从 CSV 文件导入合同（管理员）：草稿之后状态的合同须具备全部核心条款（R14）及其状态对应的审批时间（R15）；被拒绝的行按行号列出并注明原因。</translation>
    </message>
    <message>
        <source>Import payment schedules from a CSV file (administrators): each contract&apos;s instalments must add up to its price (R16).</source>
        <translation>从 CSV 文件导入付款计划（管理员）：每份合同的各期款项之和必须等于合同金额（R16）。</translation>
    </message>
    <message>
        <source>Import payments received from a CSV file (finance, administrators): each goes to the oldest open instalments; an over-payment is refused (R16).</source>
        <translation>从 CSV 文件导入回款（财务、管理员）：每笔回款依次冲抵最早的未结清分期款；超额回款将被拒绝（R16）。</translation>
    </message>
    <message>
        <source>Every open instalment of the signed contracts with what is paid, what is outstanding, the days overdue and the ageing bucket (R16), as of a date (default today).</source>
        <translation>列出已签订合同的全部未结清分期款，包括已收金额、未收金额、逾期天数和账龄区间（R16），按指定日期统计（默认为今天）。</translation>
    </message>
    <message>
        <source>import what? customers, followups, plan-items, contracts, instalments or payments (not &quot;%1&quot;)</source>
        <translation>导入什么？customers、followups、plan-items、contracts、instalments 或 payments（而不是“%1”）</translation>
    </message>
    <message>
        <source>Added %1 demo customers and %2 contracts.</source>
        <translation>已添加 %1 个演示客户和 %2 份合同。</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal opportunity(ies) opened or linked.</source>
        <translation>
            <numerusform>已新建或关联 %n 个续约商机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every open violation and reminder of the rules (R2, R6, R7, R8, R10, R11, R13, R15, R16) as of a local time (default now); events since --since (default 7 days before).</source>
        <translation>列出截至指定本地时间（默认为现在）所有未处理的规则违规和提醒（R2、R6、R7、R8、R10、R11、R13、R15、R16）；事件从 --since 起算（默认为 7 天前）。</translation>
    </message>
    <message>
        <source>Downgrades every B customer without progress for 14 days and not exempted to C (R13) and opens a renewal opportunity for every contract ending within the renewal reminder, as of a local time (default now); again for the same time changes nothing.</source>
        <translation>截至指定本地时间（默认为现在），将 14 天无进展且未豁免的 B 类客户降为 C 类（R13），并为续约提醒期内到期的每份合同新建续约商机；对同一时间重复执行不会产生任何变化。</translation>
    </message>
    <message>
        <source>Set SALESFLOW_PASSWORD, or run the command at a terminal to be asked for the password.</source>
        <translation>请设置 SALESFLOW_PASSWORD，或在终端中运行此命令以输入密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3; they choose a password at their first sign-in.</source>
        <translation>已添加 %1（%2），角色 %3；该用户首次登录时设置密码。</translation>
    </message>
    <message>
        <source>contradictory options</source>
        <translation>选项相互矛盾</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>已修改 %1。</translation>
    </message>
    <message>
        <source>users passwd reads the new password from SALESFLOW_NEW_PASSWORD or asks at a terminal</source>
        <translation>users passwd 从 SALESFLOW_NEW_PASSWORD 读取新密码，或在终端中询问</translation>
    </message>
    <message>
        <source>Set the password of %1.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>Change a user&apos;s name, role, seniority, team, or deactivate them.</source>
        <translation>修改用户的姓名、角色、资深标记、团队，或停用该用户。</translation>
    </message>
    <message>
        <source>Set a user&apos;s password (from SALESFLOW_NEW_PASSWORD or asked at a terminal).</source>
        <translation>设置用户密码（取自 SALESFLOW_NEW_PASSWORD，或在终端中输入）。</translation>
    </message>
    <message>
        <source>a PostgreSQL database needs --user LOGIN</source>
        <translation>PostgreSQL 数据库需要 --user 登录名</translation>
    </message>
    <message>
        <source>A user of a team server needs an initial password: set SALESFLOW_NEW_PASSWORD, or run the command at a terminal to be asked.</source>
        <translation>团队服务器上的用户需要初始密码：请设置 SALESFLOW_NEW_PASSWORD，或在终端中运行该命令以输入密码。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>Where is your data?</source>
        <translation>数据保存在哪里？</translation>
    </message>
    <message>
        <source>One person or one desk keeps the database in a file on this computer. A team shares one PostgreSQL server: its administrator gives you the address and your login.</source>
        <translation>个人或单机使用时，数据库是本机上的一个文件。团队共用一台 PostgreSQL 服务器：服务器地址和您的登录名由管理员提供。</translation>
    </message>
    <message>
        <source>&amp;This computer — a database file</source>
        <translation>本机(&amp;T) — 数据库文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Team &amp;server — PostgreSQL</source>
        <translation>团队服务器(&amp;S) — PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. crm.example.com or 192.168.1.20</source>
        <translation>例如 crm.example.com 或 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. salesflow</source>
        <translation>例如 salesflow</translation>
    </message>
</context>
<context>
    <name>ContractActions</name>
    <message>
        <source>Only sales reps and managers draft contracts.</source>
        <translation>只有客户代表和销售经理可以起草合同。</translation>
    </message>
    <message>
        <source>Select a contract first.</source>
        <translation>请先选择一份合同。</translation>
    </message>
    <message>
        <source>Only sales reps and managers edit contracts.</source>
        <translation>只有客户代表和销售经理可以编辑合同。</translation>
    </message>
    <message>
        <source>%1 is signed: its terms cannot change. Duplicate it to draft a new contract.</source>
        <translation>%1 已签订，条款不能再修改。请复制该合同以起草新合同。</translation>
    </message>
    <message>
        <source>Only sales reps and managers submit contracts.</source>
        <translation>只有客户代表和销售经理可以提交合同审批。</translation>
    </message>
    <message>
        <source>Only a draft is submitted; %1 is at %2.</source>
        <translation>只有草稿可以提交审批；%1 当前状态为%2。</translation>
    </message>
    <message>
        <source>R14: a core term is missing: %1. Edit the contract first.</source>
        <translation>R14：缺少核心条款：%1。请先编辑合同。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>R16: the payment schedule is not complete: %1. Edit the contract first.</source>
        <translation>R16：付款计划不完整：%1。请先编辑合同。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 is not waiting for an approval (it is at %2).</source>
        <translation>%1 不在待审批状态（当前状态为%2）。</translation>
    </message>
    <message>
        <source>The legal review is for legal (R15).</source>
        <translation>法务审核须由法务处理（R15）。</translation>
    </message>
    <message>
        <source>The finance review is for finance (R15).</source>
        <translation>财务审核须由财务处理（R15）。</translation>
    </message>
    <message>
        <source>Only a sales manager signs a contract (R15).</source>
        <translation>只有销售经理可以签字确认合同（R15）。</translation>
    </message>
    <message>
        <source>Only sales reps and managers start delivery.</source>
        <translation>只有客户代表和销售经理可以开始履约。</translation>
    </message>
    <message>
        <source>Delivery starts once the contract is signed; %1 is at %2.</source>
        <translation>合同签订后才能开始履约；%1 当前状态为%2。</translation>
    </message>
    <message>
        <source>Only sales reps and managers complete contracts.</source>
        <translation>只有客户代表和销售经理可以完成合同。</translation>
    </message>
    <message>
        <source>A contract is completed after delivery; %1 is at %2.</source>
        <translation>合同履约后才能标记为已完成；%1 当前状态为%2。</translation>
    </message>
    <message>
        <source>Only finance records payments received (R16).</source>
        <translation>只有财务可以登记回款（R16）。</translation>
    </message>
    <message>
        <source>Payments are recorded against signed contracts; %1 is at %2.</source>
        <translation>回款只能登记在已签订的合同上；%1 当前状态为%2。</translation>
    </message>
    <message>
        <source>%1 has no payment schedule.</source>
        <translation>%1 没有付款计划。</translation>
    </message>
    <message>
        <source>%1 is paid in full.</source>
        <translation>%1 已全额回款。</translation>
    </message>
    <message>
        <source>Draft a new contract from the template&apos;s core terms</source>
        <translation>按合同模板的核心条款起草新合同</translation>
    </message>
    <message>
        <source>Edit the terms: this returns the contract to draft and resets its approvals</source>
        <translation>编辑条款：合同将退回草稿并重置审批</translation>
    </message>
    <message>
        <source>Edit the terms, dates, attachments and payment schedule</source>
        <translation>编辑条款、日期、附件和付款计划</translation>
    </message>
    <message>
        <source>A new draft with the same customer and terms</source>
        <translation>以相同客户和条款新建一份草稿</translation>
    </message>
    <message>
        <source>Send the contract to legal review (R15)</source>
        <translation>提交法务审核（R15）</translation>
    </message>
    <message>
        <source>Sign the contract: the last step of R15</source>
        <translation>签字确认合同：R15 的最后一步</translation>
    </message>
    <message>
        <source>Approve the %1 and pass the contract on (R15)</source>
        <translation>通过%1，并将合同转入下一步（R15）</translation>
    </message>
    <message>
        <source>Return the contract to the rep as a draft, with comments (R15)</source>
        <translation>将合同退回客户代表重新修改，并附审批意见（R15）</translation>
    </message>
    <message>
        <source>Mark the signed contract as in delivery</source>
        <translation>将已签订的合同标记为履约中</translation>
    </message>
    <message>
        <source>Mark the delivered contract as completed</source>
        <translation>将履约完毕的合同标记为已完成</translation>
    </message>
    <message>
        <source>Record a payment received against the schedule (R16)</source>
        <translation>按付款计划登记一笔回款（R16）</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Only legal, managers and administrators edit contract templates.</source>
        <translation>只有法务、销售经理和管理员可以编辑合同模板。</translation>
    </message>
    <message>
        <source>The contract drafted from a template: read it, export it to PDF, print it</source>
        <translation>按模板生成的合同文本：查看、导出 PDF 或打印</translation>
    </message>
    <message>
        <source>Edit the contract templates and their placeholders</source>
        <translation>编辑合同模板及其占位符</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>合同条款</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <source>Customer id, e.g. HZ2026001</source>
        <translation>客户编号，例如 HZ2026001</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>合同名称 *</translation>
    </message>
    <message>
        <source>e.g. CRM system, 200 users, first phase</source>
        <translation>例如：CRM 系统，200 用户，一期</translation>
    </message>
    <message>
        <source>Products / services</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <source>What is delivered, e.g. CRM licences for 200 users, implementation, 1 year of support</source>
        <translation>交付内容，例如：200 用户 CRM 许可、实施服务、1 年技术支持</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>In yuan, e.g. 300,000.00</source>
        <translation>单位：元，例如 300,000.00</translation>
    </message>
    <message>
        <source>Delivery period</source>
        <translation>交付期限</translation>
    </message>
    <message>
        <source>e.g. live within 60 days of signing</source>
        <translation>例如：签订后 60 天内上线</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>e.g. 30% on signing, 60% on acceptance, 10% after one year</source>
        <translation>例如：签订后付 30%，验收后付 60%，一年后付 10%</translation>
    </message>
    <message>
        <source>Liability for breach</source>
        <translation>违约责任</translation>
    </message>
    <message>
        <source>e.g. late delivery: 0.5% of the price a week, at most 10%</source>
        <translation>例如：逾期交付每周按合同金额的 0.5% 计违约金，最高不超过 10%</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>The instalments finance collects (R16): each with its due date and amount; together they make the price.</source>
        <translation>财务按期收取的分期款（R16）：每期包含到期日和金额，各期合计等于合同金额。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Files that belong to the contract: the signed scan, the quotation, the technical annex. SalesFlow keeps their paths; keep the files on a shared drive everyone can open.</source>
        <translation>与合同相关的文件：签字扫描件、报价单、技术附件等。SalesFlow 只保存文件路径，请将文件放在所有人都能访问的共享盘上。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContractImportService</name>
    <message>
        <source>the amount (%1) is missing</source>
        <translation>缺少金额（%1）</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not an amount in yuan with up to 2 decimals (12,345.60 or 12345.6)</source>
        <translation>金额“%1”不是以元为单位、最多 2 位小数的金额（如 12,345.60 或 12345.6）</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>the date (%1) is missing</source>
        <translation>缺少日期（%1）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日)</source>
        <translation>%1“%2”不是有效日期（YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日）</translation>
    </message>
    <message>
        <source>the contract number (%1) is missing</source>
        <translation>缺少合同编号（%1）</translation>
    </message>
    <message>
        <source>there is no contract %1</source>
        <translation>没有合同 %1</translation>
    </message>
    <message>
        <source>Only an administrator imports contracts.</source>
        <translation>只有管理员可以导入合同。</translation>
    </message>
    <message>
        <source>the contract number %1 repeats line %2</source>
        <translation>合同编号 %1 与第 %2 行重复</translation>
    </message>
    <message>
        <source>there is already a contract %1</source>
        <translation>合同 %1 已存在</translation>
    </message>
    <message>
        <source>the customer id (%1) is missing</source>
        <translation>缺少客户编号（%1）</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>没有客户 %1</translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; is not an amount in yuan with up to 2 decimals (12,345.60 or 12345.6)</source>
        <translation>合同金额“%1”不是以元为单位、最多 2 位小数的金额（如 12,345.60 或 12345.6）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of draft, legal_review, finance_review, manager_sign, signed, in_delivery, completed (草稿, 法务审核, 财务审核, 经理签字, 已签订, 履约中, 已完成)</source>
        <translation>状态“%1”不是以下之一：draft、legal_review、finance_review、manager_sign、signed、in_delivery、completed（草稿、法务审核、财务审核、经理签字、已签订、履约中、已完成）</translation>
    </message>
    <message>
        <source>a contract at %1 needs every core term; it lacks %2 (R14)</source>
        <translation>状态为%1的合同须具备全部核心条款；缺少%2（R14）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time</source>
        <translation>%1“%2”不是有效的日期时间</translation>
    </message>
    <message>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 晚于当前时间</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4</source>
        <translation>%1 %2 早于%3 %4</translation>
    </message>
    <message>
        <source>a contract at %1 needs %2 (R15)</source>
        <translation>状态为%1的合同须填写%2（R15）</translation>
    </message>
    <message>
        <source>a contract at %1 has no %2 yet</source>
        <translation>状态为%1的合同还不应有%2</translation>
    </message>
    <message>
        <source>there is no user %1 (%2)</source>
        <translation>没有用户 %1（%2）</translation>
    </message>
    <message>
        <source>Only an administrator imports payment schedules.</source>
        <translation>只有管理员可以导入付款计划。</translation>
    </message>
    <message>
        <source>the instalments of contract %1 add up to %2 (%3 it had and %4 in this file), not to its price %5 (R16)</source>
        <translation>合同 %1 的分期款合计为 %2（原有 %3，本文件 %4），不等于合同金额 %5（R16）</translation>
    </message>
    <message>
        <source>Only finance or an administrator imports payments (R16).</source>
        <translation>只有财务或管理员可以导入回款（R16）。</translation>
    </message>
    <message>
        <source>contract %1 is not signed (it is at %2): payments are recorded against signed contracts</source>
        <translation>合同 %1 尚未签订（当前状态为%2）：回款只能登记在已签订的合同上</translation>
    </message>
    <message>
        <source>the payment was received after today (%1)</source>
        <translation>回款日期晚于今天（%1）</translation>
    </message>
    <message>
        <source>the reference %1 is already recorded for contract %2</source>
        <translation>流水号 %1 已在合同 %2 中登记</translation>
    </message>
    <message>
        <source>contract %1 has no payment schedule</source>
        <translation>合同 %1 没有付款计划</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still open on contract %3: an over-payment is refused (R16)</source>
        <translation>%1 超过合同 %3 的未收金额 %2：不允许超额回款（R16）</translation>
    </message>
</context>
<context>
    <name>ContractRules</name>
    <message>
        <source>products or services</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>price</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>delivery period</source>
        <translation>交付期限</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>liability for breach</source>
        <translation>违约责任</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>缺少客户</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>缺少合同名称</translation>
    </message>
    <message>
        <source>a negative price</source>
        <translation>合同金额为负数</translation>
    </message>
    <message>
        <source>a currency that is not a 3-letter code (CNY)</source>
        <translation>币种不是 3 位字母代码（如 CNY）</translation>
    </message>
    <message>
        <source>an end date before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>instalment %1 has no due date</source>
        <translation>第 %1 期没有到期日</translation>
    </message>
    <message>
        <source>instalment %1 has no amount</source>
        <translation>第 %1 期没有金额</translation>
    </message>
    <message>
        <source>there is no instalment</source>
        <translation>没有任何分期款</translation>
    </message>
    <message>
        <source>the instalments add up to %1, not to the price %2</source>
        <translation>各期合计为 %1，不等于合同金额 %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法务审核</translation>
    </message>
    <message>
        <source>Finance review</source>
        <translation>财务审核</translation>
    </message>
    <message>
        <source>Manager signature</source>
        <translation>经理签字</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>履约中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>legal review</source>
        <translation>法务审核</translation>
    </message>
    <message>
        <source>finance review</source>
        <translation>财务审核</translation>
    </message>
    <message>
        <source>manager signature</source>
        <translation>经理签字</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>90 天以上</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>There is no contract with the id %1.</source>
        <translation>不存在 ID 为 %1 的合同。</translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation>没有合同 %1。</translation>
    </message>
    <message>
        <source>Only sales reps and managers draft contracts.</source>
        <translation>只有客户代表和销售经理可以起草合同。</translation>
    </message>
    <message>
        <source>The contract cannot be saved: %1.</source>
        <translation>合同无法保存：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>There is already a contract %1: choose another number.</source>
        <translation>合同 %1 已存在：请换一个编号。</translation>
    </message>
    <message>
        <source>Only sales reps and managers edit contracts.</source>
        <translation>只有客户代表和销售经理可以编辑合同。</translation>
    </message>
    <message>
        <source>Contract %1 is signed: its terms cannot change. Duplicate it to draft a new contract.</source>
        <translation>合同 %1 已签订，条款不能再修改。请复制该合同以起草新合同。</translation>
    </message>
    <message>
        <source>Contract %1 was changed by %2 at %3 since you opened it: reload it and make your change again.</source>
        <translation>合同 %1 在您打开后已被 %2 于 %3 修改：请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>Terms edited during the approval chain: approvals reset.</source>
        <translation>审批过程中修改了条款：审批已重置。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Contract %1 was changed by someone else since it was read: reload it and try again.</source>
        <translation>合同 %1 在读取后已被他人修改：请重新加载后重试。</translation>
    </message>
    <message>
        <source>Only sales reps and managers submit contracts.</source>
        <translation>只有客户代表和销售经理可以提交合同审批。</translation>
    </message>
    <message>
        <source>Contract %1 is not a draft (it is at %2): only a draft is submitted.</source>
        <translation>合同 %1 不是草稿（当前状态为%2）：只有草稿可以提交审批。</translation>
    </message>
    <message>
        <source>Contract %1 cannot be submitted: it lacks %2 (R14).</source>
        <translation>合同 %1 无法提交审批：缺少%2（R14）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Contract %1 cannot be submitted: its payment schedule is not complete: %2 (R16).</source>
        <translation>合同 %1 无法提交审批：付款计划不完整：%2（R16）。</translation>
    </message>
    <message>
        <source>Contract %1 is not waiting for an approval (it is at %2).</source>
        <translation>合同 %1 不在待审批状态（当前状态为%2）。</translation>
    </message>
    <message>
        <source>Only legal approves the legal review (R15).</source>
        <translation>只有法务可以审批法务审核（R15）。</translation>
    </message>
    <message>
        <source>Only finance approves the finance review (R15).</source>
        <translation>只有财务可以审批财务审核（R15）。</translation>
    </message>
    <message>
        <source>Only a sales manager signs a contract (R15).</source>
        <translation>只有销售经理可以签字确认合同（R15）。</translation>
    </message>
    <message>
        <source>Only the owner of the %1 step returns the contract (R15).</source>
        <translation>只有%1环节的负责人可以退回合同（R15）。</translation>
    </message>
    <message>
        <source>Say why the contract goes back to the rep: the comments are required (R15).</source>
        <translation>请说明退回客户代表的原因：审批意见为必填项（R15）。</translation>
    </message>
    <message>
        <source>Only sales reps and managers start delivery.</source>
        <translation>只有客户代表和销售经理可以开始履约。</translation>
    </message>
    <message>
        <source>Delivery of contract %1 starts only once it is signed (it is at %2).</source>
        <translation>合同 %1 签订后才能开始履约（当前状态为%2）。</translation>
    </message>
    <message>
        <source>Only sales reps and managers complete contracts.</source>
        <translation>只有客户代表和销售经理可以完成合同。</translation>
    </message>
    <message>
        <source>Contract %1 is completed only after delivery (it is at %2).</source>
        <translation>合同 %1 履约后才能标记为已完成（当前状态为%2）。</translation>
    </message>
    <message>
        <source>Only finance or a manager changes the schedule of a signed contract.</source>
        <translation>只有财务或销售经理可以修改已签订合同的付款计划。</translation>
    </message>
    <message>
        <source>Only sales reps and managers draft a schedule.</source>
        <translation>只有客户代表和销售经理可以制定付款计划。</translation>
    </message>
    <message>
        <source>The payment schedule of contract %1 cannot be saved: %2 (R16).</source>
        <translation>合同 %1 的付款计划无法保存：%2（R16）。</translation>
    </message>
    <message>
        <source>Payments were recorded against contract %1: its schedule can no longer change.</source>
        <translation>合同 %1 已有回款记录：付款计划不能再修改。</translation>
    </message>
    <message>
        <source>Payment schedule changed during the approval chain: approvals reset.</source>
        <translation>审批过程中修改了付款计划：审批已重置。</translation>
    </message>
    <message>
        <source>Payment of %1 received on contract %2 (%3)</source>
        <translation>合同 %2 收到回款 %1（%3）</translation>
    </message>
    <message>
        <source>Contract %1 drafted: %2</source>
        <translation>合同 %1 已起草：%2</translation>
    </message>
    <message>
        <source>Contract %1 submitted for approval</source>
        <translation>合同 %1 已提交审批</translation>
    </message>
    <message>
        <source>Contract %1: %2 approved</source>
        <translation>合同 %1：%2通过</translation>
    </message>
    <message>
        <source>Contract %1 returned at the %2</source>
        <translation>合同 %1 在%2环节被退回</translation>
    </message>
    <message>
        <source>Contract %1: approvals reset</source>
        <translation>合同 %1：审批已重置</translation>
    </message>
    <message>
        <source>Contract %1 signed</source>
        <translation>合同 %1 已签订</translation>
    </message>
    <message>
        <source>Contract %1 in delivery</source>
        <translation>合同 %1 进入履约</translation>
    </message>
    <message>
        <source>Contract %1 completed</source>
        <translation>合同 %1 已完成</translation>
    </message>
    <message>
        <source>Contract %1: %2</source>
        <translation>合同 %1：%2</translation>
    </message>
    <message>
        <source>Contract %1 was changed by %2 at %3 (%4) since you opened it: reload it and make your change again.</source>
        <translation>合同 %1 在您打开后已被 %2 于 %3 修改（%4）：请重新加载后再次修改。</translation>
    </message>
</context>
<context>
    <name>ContractTemplateDialog</name>
    <message>
        <source>Contract templates</source>
        <translation>合同模板</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown; placeholders in braces):</source>
        <translation>正文（Markdown，占位符写在花括号中）(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>插入占位符(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ContractTemplateService</name>
    <message>
        <source>(no payment schedule yet)</source>
        <translation>（尚无付款计划）</translation>
    </message>
    <message>
        <source>| No. | Due | Amount (yuan) | Note |</source>
        <translation>| 期次 | 到期日 | 金额（元） | 备注 |</translation>
    </message>
    <message>
        <source>Standard sales contract</source>
        <translation>标准销售合同</translation>
    </message>
    <message>
        <source>Only legal, managers and administrators edit contract templates.</source>
        <translation>只有法务、销售经理和管理员可以编辑合同模板。</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>请填写模板名称。</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is empty.</source>
        <translation>模板“%1”内容为空。</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的模板。</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; was changed by someone else since you opened it: reload it.</source>
        <translation>模板“%1”在您打开后已被他人修改：请重新加载。</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>模板未保存。</translation>
    </message>
    <message>
        <source>There is no contract template with the id %1.</source>
        <translation>不存在 ID 为 %1 的合同模板。</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
</context>
<context>
    <name>ContractTemplates</name>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Products or services</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>Price in yuan (12,345.60)</source>
        <translation>合同金额（元，如 12,345.60）</translation>
    </message>
    <message>
        <source>Price in Chinese capitals (壹万贰仟…)</source>
        <translation>合同金额大写（壹万贰仟…）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Delivery period</source>
        <translation>交付期限</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Liability for breach</source>
        <translation>违约责任</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Payment schedule (a table of instalments)</source>
        <translation>付款计划（分期款表格）</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Key contact of the customer</source>
        <translation>客户关键联系人</translation>
    </message>
    <message>
        <source>Phone of the key contact</source>
        <translation>关键联系人电话</translation>
    </message>
    <message>
        <source>The sales rep</source>
        <translation>客户代表</translation>
    </message>
    <message>
        <source>Opportunity stage</source>
        <translation>商机阶段</translation>
    </message>
    <message>
        <source>Expected amount of the opportunity</source>
        <translation>商机预计金额</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>今天的日期</translation>
    </message>
</context>
<context>
    <name>ContractTexts</name>
    <message>
        <source>Drafted</source>
        <translation>起草</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>退回（附意见）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Approvals reset</source>
        <translation>重置审批</translation>
    </message>
    <message>
        <source>Delivery started</source>
        <translation>开始履约</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it as CSV (UTF-8) or CSV from Excel.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本；请另存为 CSV（UTF-8）或 Excel 的 CSV 格式。</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed (a &quot; is missing)</source>
        <translation>第 %1 行：引号字段没有闭合（缺少一个 &quot;）</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and records.</source>
        <translation>文件为空：需要一行表头和若干记录。</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Needs</source>
        <translation>需求描述</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source> — late (R2)</source>
        <translation> — 超时录入（R2）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>分级历史</translation>
    </message>
    <message>
        <source>Not graded yet.</source>
        <translation>尚未分级。</translation>
    </message>
    <message>
        <source>Follow-up plan due by %1; first item made %2.</source>
        <translation>跟进计划应于 %1 前制定；第一个计划项创建于 %2。</translation>
    </message>
    <message>
        <source>Follow-up plan due by %1; no plan item yet.</source>
        <translation>跟进计划应于 %1 前制定；目前还没有计划项。</translation>
    </message>
    <message>
        <source> — missed</source>
        <translation> — 已逾期</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>No follow-ups, plan items or stage changes yet.</source>
        <translation>还没有跟进记录、计划项或阶段变化。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier event(s).</source>
        <translation>
            <numerusform>… 以及更早的 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <source> · expected ¥%1</source>
        <translation> · 预计 ¥%1</translation>
    </message>
    <message>
        <source> · close by %1</source>
        <translation> · 预计 %1 成交</translation>
    </message>
    <message numerus="yes">
        <source>Service records: %n</source>
        <translation>
            <numerusform>服务记录：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source> · satisfaction %1 ★</source>
        <translation> · 满意度 %1 ★</translation>
    </message>
    <message>
        <source> · next maintenance %1</source>
        <translation> · 下次维护 %1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Issued on save (R1); type one only for an existing id</source>
        <translation>保存时自动生成（R1）；仅在已有编号时填写</translation>
    </message>
    <message>
        <source>Customer name *</source>
        <translation>客户名称 *</translation>
    </message>
    <message>
        <source>Region *</source>
        <translation>区域 *</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>First contact *</source>
        <translation>首次接触时间 *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求描述</translation>
    </message>
    <message>
        <source>Specific: what, budget, time frame (e.g. 需要CRM系统，预算10-20万，3个月内上线)</source>
        <translation>请具体：需要什么、预算、时间（如：需要CRM系统，预算10-20万，3个月内上线）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Separated by ; or 、 (e.g. 国企；决策链复杂)</source>
        <translation>用；或、分隔（如：国企；决策链复杂）</translation>
    </message>
    <message>
        <source>Key contacts (★ = the key contact)</source>
        <translation>关键联系人（★ = 主要联系人）</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
</context>
<context>
    <name>CustomerExportService</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; narrow the filter or export to CSV.</source>
        <translation>XLSX 工作表最多容纳 %1 行；请缩小筛选范围或导出为 CSV。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export to a file named .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation>请导出为 .csv 或 .xlsx 文件，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>CustomerId</name>
    <message>
        <source>Invalid customer id &quot;%1&quot;: %2.</source>
        <translation>客户编号“%1”无效：%2。</translation>
    </message>
    <message>
        <source>it contains spaces</source>
        <translation>包含空格</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;; only letters A–Z and digits are allowed</source>
        <translation>包含“%1”；只允许字母 A–Z 和数字</translation>
    </message>
    <message>
        <source>it contains lower-case letters; the region code is upper-case</source>
        <translation>包含小写字母；区域代码应为大写</translation>
    </message>
    <message>
        <source>The customer id is empty.</source>
        <translation>客户编号为空。</translation>
    </message>
    <message>
        <source>it must start with a region code of 2–3 letters</source>
        <translation>必须以 2–3 个字母的区域代码开头</translation>
    </message>
    <message>
        <source>letters may only stand at the start, as the region code</source>
        <translation>字母只能出现在开头，作为区域代码</translation>
    </message>
    <message>
        <source>the region code must be 2–3 letters, not %1</source>
        <translation>区域代码必须是 2–3 个字母，而不是 %1</translation>
    </message>
    <message>
        <source>the year must be 4 digits</source>
        <translation>年份必须是 4 位数字</translation>
    </message>
    <message>
        <source>the year %1 is out of range (%2–%3)</source>
        <translation>年份 %1 超出范围（%2–%3）</translation>
    </message>
    <message>
        <source>the serial must be at least 3 digits</source>
        <translation>序号至少为 3 位数字</translation>
    </message>
    <message>
        <source>the serial must be at most %1 digits</source>
        <translation>序号最多为 %1 位数字</translation>
    </message>
    <message>
        <source>the serial must not be 0; serials start at 001</source>
        <translation>序号不能为 0；序号从 001 开始</translation>
    </message>
    <message>
        <source>the serial %1 has a leading zero; the id of serial %2 is %3</source>
        <translation>序号 %1 有多余的前导零；序号 %2 对应的编号是 %3</translation>
    </message>
</context>
<context>
    <name>CustomerIdService</name>
    <message>
        <source>%1 is not a known region code.</source>
        <translation>%1 不是已登记的区域代码。</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2–%3).</source>
        <translation>年份 %1 超出范围（%2–%3）。</translation>
    </message>
</context>
<context>
    <name>CustomerImportService</name>
    <message>
        <source>the customer name (%1) is missing</source>
        <translation>缺少客户名称（%1）</translation>
    </message>
    <message>
        <source>the first-contact time (%1) is missing</source>
        <translation>缺少首次接触时间（%1）</translation>
    </message>
    <message>
        <source>the first-contact time &quot;%1&quot; is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日, optionally with HH:MM)</source>
        <translation>首次接触时间“%1”不是日期（应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日，可带 HH:MM）</translation>
    </message>
    <message>
        <source>neither a customer id (%1) nor a region (%2) is given</source>
        <translation>既没有客户编号（%1）也没有区域（%2）</translation>
    </message>
    <message>
        <source>the customer id %1 is invalid: %2</source>
        <translation>客户编号 %1 无效：%2</translation>
    </message>
    <message>
        <source>the customer id %1 starts with %2, which is not a known region</source>
        <translation>客户编号 %1 以 %2 开头，但 %2 不是已知区域</translation>
    </message>
    <message>
        <source>the region %1 is not a known region</source>
        <translation>区域 %1 不是已知区域</translation>
    </message>
    <message>
        <source>the grade &quot;%1&quot; is not A, B, C or empty</source>
        <translation>等级“%1”不是 A、B、C 或空</translation>
    </message>
    <message>
        <source>the grade time (%1) &quot;%2&quot; is given without a grade (%3)</source>
        <translation>定级时间（%1）“%2”没有对应的等级（%3）</translation>
    </message>
    <message>
        <source>the grade time (%1) &quot;%2&quot; is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日, optionally with HH:MM)</source>
        <translation>定级时间（%1）“%2”不是日期（应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日，可带 HH:MM）</translation>
    </message>
    <message>
        <source>the grade time (%1) &quot;%2&quot; is in the future</source>
        <translation>定级时间（%1）“%2”晚于当前时间</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of lead, opportunity, customer, invalid</source>
        <translation>状态“%1”不是 lead、opportunity、customer、invalid 之一</translation>
    </message>
    <message>
        <source>the owner %1 is not a user</source>
        <translation>负责人 %1 不是系统用户</translation>
    </message>
    <message>
        <source>the entry time &quot;%1&quot; is not a date</source>
        <translation>录入时间“%1”不是日期</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>The file has no column for %1.</source>
        <translation>文件中没有 %1 列。</translation>
    </message>
    <message>
        <source>Your role may not import customers.</source>
        <translation>您的角色不能导入客户。</translation>
    </message>
    <message>
        <source>the customer id %1 is already used on line %2</source>
        <translation>客户编号 %1 已在第 %2 行使用</translation>
    </message>
    <message>
        <source>the customer id %1 already exists</source>
        <translation>客户编号 %1 已存在</translation>
    </message>
    <message>
        <source>duplicate of line %1: same name as &quot;%2&quot;</source>
        <translation>与第 %1 行重复：名称同为“%2”</translation>
    </message>
    <message>
        <source>duplicate of line %1: same phone %2</source>
        <translation>与第 %1 行重复：电话同为 %2</translation>
    </message>
    <message>
        <source>duplicate of the existing customer %1 (%2): same name</source>
        <translation>与已有客户 %1（%2）重复：名称相同</translation>
    </message>
    <message>
        <source>duplicate of the existing customer %1 (%2): same phone %3</source>
        <translation>与已有客户 %1（%2）重复：电话相同 %3</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>the customer id %1 belongs to the region %2, not %3</source>
        <translation>客户编号 %1 属于区域 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the owner %1 is not you: you may import only your own customers</source>
        <translation>负责人 %1 不是您本人：您只能导入自己的客户</translation>
    </message>
    <message>
        <source>the owner %1 is not a member of your team %2</source>
        <translation>负责人 %1 不是您团队 %2 的成员</translation>
    </message>
    <message>
        <source>the grade (%1) &quot;%2&quot; is given, but only a sales manager grades customers (R4); leave the column empty</source>
        <translation>给出了等级（%1）“%2”，但只有销售经理可以为客户定级（R4）；请将该列留空</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>%1 was changed by someone else while you were editing it. Reload it and make your change again.</source>
        <translation>您编辑期间，%1 已被他人修改。请重新加载后再修改。</translation>
    </message>
    <message>
        <source>%1 is an A customer without an owner: assign it to a senior rep (R6).</source>
        <translation>%1 是 A 类客户但没有负责人：请分配给资深客户代表（R6）。</translation>
    </message>
    <message>
        <source>%1 is an A customer, but its owner %2 is not a senior rep (R6).</source>
        <translation>%1 是 A 类客户，但负责人 %2 不是资深客户代表（R6）。</translation>
    </message>
    <message>
        <source>Your role may not enter or edit customers.</source>
        <translation>您的角色不能录入或编辑客户。</translation>
    </message>
    <message>
        <source>The customer id %1 is already taken.</source>
        <translation>客户编号 %1 已被占用。</translation>
    </message>
    <message>
        <source>Entered with a grade</source>
        <translation>录入时已分级</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message>
        <source>Only a sales manager grades customers (R4).</source>
        <translation>只有销售经理可以为客户分级（R4）。</translation>
    </message>
    <message>
        <source>Choose a grade or enter the four scores.</source>
        <translation>请选择等级或填写四项评分。</translation>
    </message>
    <message>
        <source>The scores propose %1; choosing %2 instead needs a reason.</source>
        <translation>评分建议为 %1；改选 %2 需要填写理由。</translation>
    </message>
    <message>
        <source>A grade given without the four scores needs a reason.</source>
        <translation>不填写四项评分直接分级需要填写理由。</translation>
    </message>
    <message>
        <source>Only a sales manager assigns customers.</source>
        <translation>只有销售经理可以分配客户。</translation>
    </message>
    <message>
        <source>There is no active user %1.</source>
        <translation>不存在启用的用户 %1。</translation>
    </message>
    <message>
        <source>A tag is one word or phrase without ; or 、 (got &quot;%1&quot;).</source>
        <translation>标签是一个词或短语，不能包含；或、（收到“%1”）。</translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation>请填写客户名称。</translation>
    </message>
    <message>
        <source>The customer name is longer than %1 characters.</source>
        <translation>客户名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The needs description is longer than %1 characters.</source>
        <translation>需求描述超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The first-contact time is required.</source>
        <translation>请填写首次接触时间。</translation>
    </message>
    <message>
        <source>The first-contact time is in the future.</source>
        <translation>首次接触时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The region is required.</source>
        <translation>请选择区域。</translation>
    </message>
    <message>
        <source>%1 is not a known region.</source>
        <translation>%1 不是已知区域。</translation>
    </message>
    <message>
        <source>The region %1 is no longer active.</source>
        <translation>区域 %1 已停用。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>每位联系人都需要姓名。</translation>
    </message>
    <message>
        <source>Only one contact can be the key contact.</source>
        <translation>只能有一位主要联系人。</translation>
    </message>
    <message>
        <source>The customer id %1 starts with %2, which is not a known region.</source>
        <translation>客户编号 %1 以 %2 开头，但 %2 不是已知区域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; duplicates the existing customer %2 (%3): same name.</source>
        <translation>“%1”与已有客户 %2（%3）重复：名称相同。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; duplicates the existing customer %2 (%3): same phone %4.</source>
        <translation>“%1”与已有客户 %2（%3）重复：电话相同 %4。</translation>
    </message>
    <message>
        <source>The customer id %1 belongs to the region %2, not %3.</source>
        <translation>客户编号 %1 属于区域 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>You may only enter customers for yourself, not for %1.</source>
        <translation>您只能为自己录入客户，不能为 %1 录入。</translation>
    </message>
    <message>
        <source>%1 is not a member of your team %2; you may not give them customers.</source>
        <translation>%1 不是您团队 %2 的成员，您不能把客户分配给他。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (%4) while you were editing it. Reload it and make your change again.</source>
        <translation>在您编辑期间，%1 已被 %2 于 %3 修改（%4）。请重新加载后再修改。</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Online promotion</source>
        <translation>线上推广</translation>
    </message>
    <message>
        <source>Customer referral</source>
        <translation>客户转介绍</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>未分级</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SalesFlow database (it is not an SQLite file). The file was left untouched.</source>
        <translation>%1 不是 SalesFlow 数据库（不是 SQLite 文件）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; SalesFlow needs to write to it.</source>
        <translation>数据库文件 %1 是只读的；SalesFlow 需要写入权限。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation>文件夹 %1 不可写，无法在此创建数据库。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>当前 SQLite 版本不支持外键约束。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>This SQLite build has no FTS5 full-text search.</source>
        <translation>此 SQLite 版本不支持 FTS5 全文检索。</translation>
    </message>
    <message>
        <source>Cannot register the search tokenizer.</source>
        <translation>无法注册搜索分词器。</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>数据库拒绝了修改：%1</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation>%1 不是 postgresql://用户@主机:端口/数据库 形式的 PostgreSQL 地址。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL），请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>无法连接 PostgreSQL 数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseMaintenance</name>
    <message>
        <source>The database driver gives no SQLite handle; cannot back up.</source>
        <translation>数据库驱动未提供 SQLite 句柄，无法备份。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>备份文件不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The backup copy failed its check: %1</source>
        <translation>备份副本未通过检查：%1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server by its administrator (pg_dump), not by SalesFlow.</source>
        <translation>PostgreSQL 数据库由服务器管理员在服务器上备份（pg_dump），而不是由 SalesFlow 备份。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is checked on the server by its administrator (pg_amcheck), not by SalesFlow.</source>
        <translation>PostgreSQL 数据库由服务器管理员在服务器上检查（pg_amcheck），而不是由 SalesFlow 检查。</translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>Only an administrator may add demo data.</source>
        <translation>只有管理员可以添加演示数据。</translation>
    </message>
    <message>
        <source>The number of demo customers must be 0 to 6,000,000.</source>
        <translation>演示客户数量必须在 0 到 6,000,000 之间。</translation>
    </message>
    <message>
        <source>Graded with the demo data</source>
        <translation>演示数据分级</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up record</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <source>Customer id, e.g. HZ2026001</source>
        <translation>客户编号，例如 HZ2026001</translation>
    </message>
    <message>
        <source>Contact time *</source>
        <translation>联系时间 *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>沟通对象</translation>
    </message>
    <message>
        <source>What was discussed *</source>
        <translation>沟通内容 *</translation>
    </message>
    <message>
        <source>Facts: who said what, e.g. talked with technical director Li about compatibility</source>
        <translation>写事实：谁说了什么，例如：与李技术总监沟通系统兼容性</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>e.g. the proposal meets the initial needs; internal review, feedback by 25 March</source>
        <translation>例如：方案基本满足初步需求，内部评估中，预计3月25日前反馈</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>e.g. send a competitor comparison</source>
        <translation>例如：发送竞品对比材料</translation>
    </message>
    <message>
        <source>by</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>e.g. purchasing newly joined the decision chain</source>
        <translation>例如：采购部门新加入决策链</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>This contact made progress</source>
        <translation>本次联系有实质推进</translation>
    </message>
</context>
<context>
    <name>FollowUpImportService</name>
    <message>
        <source>Your role may not import follow-ups or plan items.</source>
        <translation>您的角色不能导入跟进记录或计划项。</translation>
    </message>
    <message>
        <source>the customer id (customer_id/客户编号) is missing</source>
        <translation>缺少客户编号（customer_id/客户编号）</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>没有客户 %1</translation>
    </message>
    <message>
        <source>the contact time (contact_at/联系时间) is missing</source>
        <translation>缺少联系时间（contact_at/联系时间）</translation>
    </message>
    <message>
        <source>the contact time &quot;%1&quot; is not a date and time</source>
        <translation>联系时间“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <source>the recording time &quot;%1&quot; is not a date and time</source>
        <translation>记录时间“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <source>the recording time %1 is before the contact time %2</source>
        <translation>记录时间 %1 早于联系时间 %2</translation>
    </message>
    <message>
        <source>the contact or recording time is in the future</source>
        <translation>联系时间或记录时间在未来</translation>
    </message>
    <message>
        <source>the method (method/跟进方式) is missing</source>
        <translation>缺少跟进方式（method/跟进方式）</translation>
    </message>
    <message>
        <source>the method &quot;%1&quot; is not one of phone, visit, online (电话, 拜访, 线上会议)</source>
        <translation>跟进方式“%1”不是 phone、visit、online（电话、拜访、线上会议）之一</translation>
    </message>
    <message>
        <source>what was discussed (content/沟通内容) is missing</source>
        <translation>缺少沟通内容（content/沟通内容）</translation>
    </message>
    <message>
        <source>the next-action due date &quot;%1&quot; is not a date</source>
        <translation>下一步截止日期“%1”不是有效日期</translation>
    </message>
    <message>
        <source>progress &quot;%1&quot; is not yes/no, 是/否 or 1/0</source>
        <translation>是否推进“%1”不是 yes/no、是/否 或 1/0</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is not one of discovery, solution, proposal, negotiation, won, lost</source>
        <translation>商机阶段“%1”不是 discovery、solution、proposal、negotiation、won、lost 之一</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the due date &quot;%1&quot; is not a date</source>
        <translation>截止日期“%1”不是有效日期</translation>
    </message>
    <message>
        <source>the start date &quot;%1&quot; is not a date</source>
        <translation>开始日期“%1”不是有效日期</translation>
    </message>
    <message>
        <source>the support request date &quot;%1&quot; is not a date</source>
        <translation>支持申请日期“%1”不是有效日期</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of planned, in_progress, done, cancelled</source>
        <translation>状态“%1”不是 planned、in_progress、done、cancelled 之一</translation>
    </message>
    <message>
        <source>the creation time &quot;%1&quot; is not a date and time</source>
        <translation>创建时间“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <source>the creation time %1 is in the future</source>
        <translation>创建时间 %1 在未来</translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>the action (what will be done) is missing</source>
        <translation>缺少具体行动（做什么）</translation>
    </message>
    <message>
        <source>the counterpart (with whom) is missing</source>
        <translation>缺少对接人（与谁）</translation>
    </message>
    <message>
        <source>the due date (by when) is missing</source>
        <translation>缺少截止日期（何时完成）</translation>
    </message>
    <message>
        <source>the due date %1 is before the start date %2</source>
        <translation>截止日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>the progress %1 % is not between 0 and 100</source>
        <translation>进度 %1% 不在 0 到 100 之间</translation>
    </message>
    <message>
        <source>the contact time is missing</source>
        <translation>缺少联系时间</translation>
    </message>
    <message>
        <source>what was discussed is missing</source>
        <translation>缺少沟通内容</translation>
    </message>
    <message>
        <source>the next action has no due date</source>
        <translation>下一步行动没有截止日期</translation>
    </message>
    <message>
        <source>a next-action due date is given without the next action</source>
        <translation>给出了下一步截止日期，但没有下一步行动</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>线上会议</translation>
    </message>
    <message>
        <source>Needs discovery</source>
        <translation>需求挖掘</translation>
    </message>
    <message>
        <source>Solution / demo</source>
        <translation>方案演示</translation>
    </message>
    <message>
        <source>Proposal / quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Support was requested on %1, later than 2 working days before the item starts on %2: the latest on-time request date was %3 (R10).</source>
        <translation>支持申请于 %1 提出，晚于计划项开始日 %2 前 2 个工作日：最晚的按时申请日期是 %3（R10）。</translation>
    </message>
    <message>
        <source>Recorded more than 2 hours after the contact (R11).</source>
        <translation>记录时间超过联系后 2 小时（R11）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an opinion: write what the customer said or did, e.g. &quot;the customer says the proposal meets the initial needs; feedback expected by 25 March&quot; (R11).</source>
        <translation>“%1”是主观判断：请写客户说了什么、做了什么，例如“客户表示方案基本满足初步需求，预计3月25日前反馈”（R11）。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message>
        <source>Only sales people record follow-ups and plan items.</source>
        <translation>只有销售人员可以记录跟进和计划项。</translation>
    </message>
    <message>
        <source>The plan item cannot be saved: %1 (R9).</source>
        <translation>计划项无法保存：%1（R9）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The plan item no longer exists.</source>
        <translation>该计划项已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this plan item while you were editing it. Reload the plan and make your change again.</source>
        <translation>您编辑期间，其他人修改了该计划项。请重新加载计划后再修改。</translation>
    </message>
    <message>
        <source>The follow-up cannot be saved: %1.</source>
        <translation>跟进记录无法保存：%1。</translation>
    </message>
    <message>
        <source>The contact time %1 is in the future.</source>
        <translation>联系时间 %1 在未来。</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <source>Next: %1 by %2</source>
        <translation>下一步：%1，截止 %2</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Recorded late (R11).</source>
        <translation>记录超时（R11）。</translation>
    </message>
    <message>
        <source>Follow-up with %1: %2</source>
        <translation>与 %1 跟进：%2</translation>
    </message>
    <message>
        <source>Plan item: %1</source>
        <translation>计划项：%1</translation>
    </message>
    <message>
        <source>%1 to %2, with %3</source>
        <translation>%1 至 %2，对接 %3</translation>
    </message>
    <message>
        <source>Plan item changed: %1</source>
        <translation>计划项变更：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Opportunity stage %1 → %2</source>
        <translation>商机阶段 %1 → %2</translation>
    </message>
    <message>
        <source>Opportunity opened at %1</source>
        <translation>新建商机，阶段：%1</translation>
    </message>
    <message>
        <source>Grade %1 → %2</source>
        <translation>等级 %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>with whom</source>
        <translation>对接人</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>进度 %</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative.</source>
        <translation>预计金额不能为负数。</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity while you were editing it. Open it again and make your change again.</source>
        <translation>您编辑期间，其他人修改了该商机。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>Monday review of %1: strategy adjusted</source>
        <translation>%1 周一复盘：调整策略</translation>
    </message>
    <message>
        <source>This plan item was changed by %1 at %2 (%3) while you were editing it. Reload the plan and make your change again.</source>
        <translation>您编辑期间，此计划项已被 %1 于 %2 修改（%3）。请重新加载计划后再次修改。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>This opportunity was changed by %1 at %2 (%3) while you were editing it. Open it again and make your change again.</source>
        <translation>您编辑期间，此商机已被 %1 于 %2 修改（%3）。请重新打开后再次修改。</translation>
    </message>
</context>
<context>
    <name>GradeScores</name>
    <message>
        <source>Industry potential</source>
        <translation>行业潜力</translation>
    </message>
    <message>
        <source>Budget fit</source>
        <translation>预算匹配度</translation>
    </message>
    <message>
        <source>Decision chain completeness</source>
        <translation>决策链完整性</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>合作紧迫度</translation>
    </message>
    <message>
        <source>%1 must be scored %2–%3, not %4.</source>
        <translation>%1 的评分必须在 %2–%3 之间，而不是 %4。</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>The file has no column for %1.</source>
        <translation>文件中没有 %1 列。</translation>
    </message>
</context>
<context>
    <name>LocationTexts</name>
    <message>
        <source>Team server: %1 (PostgreSQL)</source>
        <translation>团队服务器：%1（PostgreSQL）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 is not a team server&apos;s address of the form postgresql://host:port/database.</source>
        <translation>%1 不是团队服务器地址，格式应为 postgresql://主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Give the database file.</source>
        <translation>请填写数据库文件。</translation>
    </message>
    <message>
        <source>Give the full path of the database file, e.g. %1.</source>
        <translation>请填写数据库文件的完整路径，例如 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it, e.g. %2.</source>
        <translation>%1 是文件夹；请选择其中的文件，例如 %2。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written to.</source>
        <translation>无法创建或写入文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>No backup file was given.</source>
        <translation>未指定备份文件。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据库结构版本。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SalesFlow (schema %2; this program knows up to %3). Install the newer SalesFlow to open it; the file was left untouched.</source>
        <translation>%1 由更新版本的 SalesFlow 写入（结构版本 %2；本程序最高支持 %3）。请安装新版 SalesFlow 后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a SalesFlow database. The file was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 SalesFlow 数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 has schema %2, above the newest migration %3.</source>
        <translation>%1 的结构版本为 %2，高于最新的迁移版本 %3。</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup before the migration failed: %2</source>
        <translation>未迁移 %1：迁移前的备份失败：%2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>%1 is damaged or not a SalesFlow database (%2). The file was left untouched.</source>
        <translation>%1 已损坏或不是 SalesFlow 数据库（%2）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Creating the schema of %1 failed: %2</source>
        <translation>创建 %1 的数据库结构失败：%2</translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>无法读取 %1 的数据库结构：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SalesFlow (schema %2; this program knows up to %3). Install the newer SalesFlow to open it; the database was left untouched.</source>
        <translation>%1 由更新版本的 SalesFlow 写入（结构版本 %2；本程序最高支持 %3）。请安装新版 SalesFlow 后再打开；数据库未被改动。</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program, not SalesFlow&apos;s. Give SalesFlow an empty database of its own; this one was left untouched.</source>
        <translation>PostgreSQL 数据库 %1 中有其他程序的表，不是 SalesFlow 的。请为 SalesFlow 提供一个独立的空数据库；该数据库未被改动。</translation>
    </message>
</context>
<context>
    <name>MyDayService</name>
    <message>
        <source>Only a manager looks at someone else&apos;s day.</source>
        <translation>只有经理可以查看他人的一天。</translation>
    </message>
    <message>
        <source>%1 (%2% done)</source>
        <translation>%1（已完成 %2%）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under way and no contact is recorded since it started: record each contact within 2 hours (R11).</source>
        <translation>“%1”正在进行，但开始以来没有任何联系记录：每次联系后 2 小时内记录（R11）。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) this week; an A customer needs 2 (R6).</source>
        <translation>
            <numerusform>本周联系 %n 次；A 类客户需要 2 次（R6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact %1 days ago; a C customer is contacted every %2 days (R7).</source>
        <translation>上次联系在 %1 天前；C 类客户每 %2 天联系一次（R7）。</translation>
    </message>
    <message>
        <source>An A customer without a follow-up plan; due by %1 (R8).</source>
        <translation>A 类客户尚无跟进计划；应于 %1 前制定（R8）。</translation>
    </message>
    <message>
        <source>Contract %1 ends: renewal opportunity at %2.</source>
        <translation>合同 %1 即将到期：续约商机处于%2阶段。</translation>
    </message>
    <message>
        <source>Contract %1 ends: no renewal opportunity yet.</source>
        <translation>合同 %1 即将到期：尚未建立续约商机。</translation>
    </message>
    <message>
        <source>Maintenance due; last service %1: %2</source>
        <translation>待维护；上次服务 %1：%2</translation>
    </message>
    <message>
        <source>Contract %1 was returned by %2: %3</source>
        <translation>合同 %1 被 %2 退回：%3</translation>
    </message>
    <message>
        <source>Contract %1 waits for your %2 by %3 (R15).</source>
        <translation>合同 %1 等待您的%2，截止 %3（R15）。</translation>
    </message>
    <message>
        <source>Contract %1 is late at %2, due %3 (R15).</source>
        <translation>合同 %1 的%2已逾期，截止时间为 %3（R15）。</translation>
    </message>
    <message numerus="yes">
        <source>Contract %1: %2 outstanding, %n day(s) overdue (R16).</source>
        <translation>
            <numerusform>合同 %1：未收 %2，已逾期 %n 天（R16）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1: %2 due today (R16).</source>
        <translation>合同 %1：今日到期 %2（R16）。</translation>
    </message>
    <message>
        <source>%1 is not a member of your team %2; you may not look at their day.</source>
        <translation>%1 不是您团队 %2 的成员，您不能查看其“我的一天”。</translation>
    </message>
</context>
<context>
    <name>NeedsWarning</name>
    <message>
        <source>no budget (e.g. 10–20万, 200k CNY)</source>
        <translation>没有预算（如 10–20万、200k CNY）</translation>
    </message>
    <message>
        <source>no time frame (e.g. within 3 months, by June, Q3)</source>
        <translation>没有时间要求（如 3个月内、6月前、第三季度）</translation>
    </message>
    <message>
        <source>too short (at least %1 characters)</source>
        <translation>过于简短（至少 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected amount (yuan)</source>
        <translation>预计金额（元）</translation>
    </message>
    <message>
        <source>e.g. 350,000.00</source>
        <translation>例如 350,000.00</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>By</source>
        <translation>于</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>PageCatalogue</name>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>Everything that needs you today</source>
        <translation>今天需要您处理的所有事项</translation>
    </message>
    <message>
        <source>Follow-ups to record within 2 hours of each contact, and next actions due today.</source>
        <translation>每次联系后 2 小时内需填写的跟进记录，以及今天到期的下一步行动。</translation>
    </message>
    <message>
        <source>Plan items coming up, and support requests to send 2 working days ahead.</source>
        <translation>即将到期的计划事项，以及需提前 2 个工作日发出的支持申请。</translation>
    </message>
    <message>
        <source>A customers still short of their two contacts this week; C customers due for maintenance.</source>
        <translation>本周尚未完成两次跟进的 A 类客户；到期需维护的 C 类客户。</translation>
    </message>
    <message>
        <source>Contracts waiting for your legal, finance or manager review.</source>
        <translation>等待您进行法务、财务或经理审批的合同。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage 1 · Customer entry and grading: a precise customer pool</source>
        <translation>阶段一 · 客户信息录入与分级：建立精准客户池</translation>
    </message>
    <message>
        <source>The customer lifecycle table: industry, size, specific needs, key contacts, lead source and first contact.</source>
        <translation>客户信息全生命周期管理表：行业、规模、具体需求、关键联系人、信息来源与首次接触时间。</translation>
    </message>
    <message>
        <source>Customer ids issued as region + year + serial (e.g. HZ2024001); duplicates flagged before saving.</source>
        <translation>客户编号按“区域 + 年份 + 序号”生成（如 HZ2024001）；保存前提示重复客户。</translation>
    </message>
    <message>
        <source>A / B / C grading on four dimensions, with a proposed grade and the full grade history.</source>
        <translation>按四个维度进行 A / B / C 分级，给出建议等级并保留完整的等级历史。</translation>
    </message>
    <message>
        <source>Tags such as state-owned or complex decision chain, to filter by.</source>
        <translation>可筛选的标签，如“国企”“决策链复杂”。</translation>
    </message>
    <message>
        <source>Follow-up plans</source>
        <translation>跟进计划</translation>
    </message>
    <message>
        <source>Stage 2 · Opportunity follow-up: steady progress, risks seen early</source>
        <translation>阶段二 · 销售机会跟进：稳步推进，及早发现风险</translation>
    </message>
    <message>
        <source>The follow-up Gantt plan of each A customer, made within 3 working days of first contact.</source>
        <translation>每个 A 类客户的跟进甘特计划，须在首次接触后 3 个工作日内制定。</translation>
    </message>
    <message>
        <source>Plan items that say what, with whom and by when; support requested 2 working days ahead.</source>
        <translation>计划事项须写明做什么、与谁、何时完成；支持需提前 2 个工作日申请。</translation>
    </message>
    <message>
        <source>Follow-up records within 2 hours: what was discussed, feedback, next action, risks.</source>
        <translation>2 小时内填写跟进记录：沟通内容、客户反馈、下一步行动、风险。</translation>
    </message>
    <message>
        <source>Opportunities moving stage by stage, from needs discovery to won or lost.</source>
        <translation>商机逐阶段推进，从需求挖掘直至赢单或丢单。</translation>
    </message>
    <message>
        <source>Monday review</source>
        <translation>周一复盘</translation>
    </message>
    <message>
        <source>Stage 2 · The weekly review of A and B customers</source>
        <translation>阶段二 · A、B 类客户每周复盘</translation>
    </message>
    <message>
        <source>Last week&apos;s progress, open feedback, decision-chain changes and competition for every A and B customer.</source>
        <translation>每个 A、B 类客户上周的进展、未解决的反馈、决策链变化和竞争情况。</translation>
    </message>
    <message>
        <source>Strategy changes (senior-level visit, trial access) written back into the plan.</source>
        <translation>策略调整（高层拜访、试用开通等）写回跟进计划。</translation>
    </message>
    <message>
        <source>B customers without progress for two weeks, proposed for downgrade to C.</source>
        <translation>连续两周无进展的 B 类客户，建议降为 C 类。</translation>
    </message>
    <message>
        <source>A printable review pack for the meeting.</source>
        <translation>可打印的复盘会议资料。</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Stage 3 · Contract signing: no missing terms</source>
        <translation>阶段三 · 合同签订：核心条款不遗漏</translation>
    </message>
    <message>
        <source>Contracts drafted from the template with every core term: products, price, delivery, payment terms, liability.</source>
        <translation>按合同模板起草，包含全部核心条款：产品/服务、价格、交付周期、付款方式、违约责任。</translation>
    </message>
    <message>
        <source>Legal review within 1 working day, then finance within 1 working day, then the manager signs.</source>
        <translation>法务 1 个工作日内审核，财务 1 个工作日内审核，然后由经理签字。</translation>
    </message>
    <message>
        <source>Rejections go back to the rep with comments; every step has an owner and a deadline.</source>
        <translation>驳回时附意见退回客户代表；每个环节都有负责人和截止时间。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Stage 3 · Payment collection: signed, and collected</source>
        <translation>阶段三 · 回款管理：签得下、收得回</translation>
    </message>
    <message>
        <source>The payment schedule of every signed contract: instalments, due dates, amounts.</source>
        <translation>每份已签合同的回款计划：分期、到期日、金额。</translation>
    </message>
    <message>
        <source>Payments received, recorded by finance; partial payments included.</source>
        <translation>财务登记的已收款项，支持部分回款。</translation>
    </message>
    <message>
        <source>Overdue instalments flagged and aged: 1–30, 31–60, 61–90 and over 90 days.</source>
        <translation>逾期分期款标记并按账龄分组：1–30、31–60、61–90 及 90 天以上。</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Stage 4 · After-sales maintenance: closing the loop</source>
        <translation>阶段四 · 售后维护：形成闭环</translation>
    </message>
    <message>
        <source>Service records per customer and contract: visits, issues, training.</source>
        <translation>按客户和合同记录的服务记录：拜访、问题、培训。</translation>
    </message>
    <message>
        <source>Customer satisfaction over time.</source>
        <translation>客户满意度的变化。</translation>
    </message>
    <message>
        <source>Renewal and upsell reminders that open new opportunities in stage 2.</source>
        <translation>续约与增购提醒，在阶段二中生成新的商机。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Process and result, on data: performance and resource allocation</source>
        <translation>用数据管理过程与结果：业绩分析与资源分配</translation>
    </message>
    <message>
        <source>Lead sources, conversion by stage and win rates per rep and region.</source>
        <translation>线索来源、各阶段转化率，以及按客户代表和区域统计的赢单率。</translation>
    </message>
    <message>
        <source>Rule compliance: late entries, missed follow-ups, plans not made on time.</source>
        <translation>规范执行情况：延迟录入、漏跟进、未按时制定计划。</translation>
    </message>
    <message>
        <source>Receivables and their ageing.</source>
        <translation>应收账款及账龄。</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>The holiday calendar, sales regions and users of the team</source>
        <translation>团队的节假日日历、销售区域和用户</translation>
    </message>
    <message>
        <source>Customer id: region + year + serial, unique</source>
        <translation>客户编号：区域 + 年份 + 序号，唯一</translation>
    </message>
    <message>
        <source>Lead entered within 1 working day of first contact</source>
        <translation>首次接触后 1 个工作日内录入线索</translation>
    </message>
    <message>
        <source>Needs described specifically: budget, time frame</source>
        <translation>需求描述要具体：预算、时间</translation>
    </message>
    <message>
        <source>A / B / C grading on four dimensions</source>
        <translation>按四个维度进行 A / B / C 分级</translation>
    </message>
    <message>
        <source>Free tags to filter by</source>
        <translation>可筛选的自由标签</translation>
    </message>
    <message>
        <source>A customers: senior owner, two contacts a week</source>
        <translation>A 类客户：资深客户代表负责，每周跟进两次</translation>
    </message>
    <message>
        <source>C customers: a contact every 30 days</source>
        <translation>C 类客户：每 30 天联系一次</translation>
    </message>
    <message>
        <source>Follow-up plan within 3 working days</source>
        <translation>3 个工作日内制定跟进计划</translation>
    </message>
    <message>
        <source>Plan items say what, with whom, by when</source>
        <translation>计划事项写明做什么、与谁、何时完成</translation>
    </message>
    <message>
        <source>Support requested 2 working days ahead</source>
        <translation>提前 2 个工作日申请支持</translation>
    </message>
    <message>
        <source>Follow-up recorded within 2 hours</source>
        <translation>2 小时内填写跟进记录</translation>
    </message>
    <message>
        <source>Monday review of A and B customers</source>
        <translation>周一复盘 A、B 类客户</translation>
    </message>
    <message>
        <source>B without progress for 2 weeks: downgraded</source>
        <translation>B 类客户两周无进展即降级</translation>
    </message>
    <message>
        <source>Every core contract term present</source>
        <translation>合同核心条款齐全</translation>
    </message>
    <message>
        <source>Legal, then finance, 1 working day each</source>
        <translation>法务、财务依次审核，各 1 个工作日</translation>
    </message>
    <message>
        <source>Payment schedule; overdue instalments aged</source>
        <translation>回款计划；逾期分期按账龄管理</translation>
    </message>
    <message>
        <source>Customer entry and grading</source>
        <translation>客户录入与分级</translation>
    </message>
    <message>
        <source>Opportunity follow-up</source>
        <translation>销售机会跟进</translation>
    </message>
    <message>
        <source>Contract and payment</source>
        <translation>合同与回款</translation>
    </message>
    <message>
        <source>After-sales maintenance</source>
        <translation>售后维护</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法加密保存密码；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>密码太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The password may not contain the login.</source>
        <translation>密码不能包含登录名。</translation>
    </message>
    <message>
        <source>The password may not repeat one character.</source>
        <translation>密码不能只由同一个字符重复组成。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Received on *</source>
        <translation>回款日期 *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <source>In yuan, e.g. 50,000.00</source>
        <translation>单位：元，例如 50,000.00</translation>
    </message>
    <message>
        <source>All of the instalment</source>
        <translation>本期全额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Bank transfer or receipt number</source>
        <translation>银行转账流水号或收据号</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>计入期次</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>Contract %1 is not signed (it is at %2): payments are recorded against signed contracts.</source>
        <translation>合同 %1 尚未签订（当前状态为%2）：回款只能登记在已签订的合同上。</translation>
    </message>
    <message>
        <source>A payment needs an amount above zero.</source>
        <translation>回款金额必须大于零。</translation>
    </message>
    <message>
        <source>A payment needs the date it was received.</source>
        <translation>请填写回款日期。</translation>
    </message>
    <message>
        <source>Contract %1 has no payment schedule: set one before recording payments.</source>
        <translation>合同 %1 没有付款计划：请先制定付款计划再登记回款。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still open on contract %3: an over-payment is refused.</source>
        <translation>%1 超过合同 %3 的未收金额 %2：不允许超额回款。</translation>
    </message>
    <message>
        <source>The chosen instalment of contract %1 is already paid or is not one of its instalments.</source>
        <translation>所选期次已结清，或不属于合同 %1。</translation>
    </message>
    <message>
        <source>Only finance records payments received (R16).</source>
        <translation>只有财务可以登记回款（R16）。</translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation>没有合同 %1。</translation>
    </message>
    <message>
        <source>A payment cannot be received after today (%1).</source>
        <translation>回款日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>Your role does not follow receivables; ask finance or a sales manager.</source>
        <translation>您的角色不跟进应收款，请联系财务或销售经理。</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Plan item</source>
        <translation>计划项</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <source>Customer id, e.g. HZ2026001</source>
        <translation>客户编号，例如 HZ2026001</translation>
    </message>
    <message>
        <source>Stage goal</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>e.g. Week 1: dig into needs, meet the technical lead</source>
        <translation>例如：第1周：深挖需求，约见技术负责人</translation>
    </message>
    <message>
        <source>Action (what) *</source>
        <translation>具体行动（做什么）*</translation>
    </message>
    <message>
        <source>What will be done, e.g. demo the approval flow to the IT department</source>
        <translation>要做什么，例如：向信息部门演示审批流程</translation>
    </message>
    <message>
        <source>With whom *</source>
        <translation>对接人（与谁）*</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Start and due date *</source>
        <translation>开始和截止日期 *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>所需支持</translation>
    </message>
    <message>
        <source>From another team, e.g. a technical demo by presales</source>
        <translation>需要其他团队支持，例如：售前技术演示</translation>
    </message>
    <message>
        <source>Support requested on</source>
        <translation>支持申请日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>ReceivablesExport</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Receivables at %1</source>
        <translation>截至 %1 的应收账款</translation>
    </message>
    <message numerus="yes">
        <source>%n open instalment(s)</source>
        <translation>
            <numerusform>%n 笔未结清分期款</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按客户代表</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export to CSV.</source>
        <translation>XLSX 工作表最多容纳 %1 行；请导出为 CSV。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Export to a file named .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ReceivablesSummary</name>
    <message>
        <source>All receivables</source>
        <translation>全部应收账款</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>2 or 3 capital letters, e.g. HZ</source>
        <translation>2 或 3 个大写字母，如 HZ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Hangzhou</source>
        <translation>如：杭州</translation>
    </message>
</context>
<context>
    <name>RegionRepository</name>
    <message>
        <source>Region %1 was changed or removed by someone else; reload it.</source>
        <translation>区域 %1 已被他人修改或删除，请重新加载。</translation>
    </message>
</context>
<context>
    <name>RegionService</name>
    <message>
        <source>The region needs a name.</source>
        <translation>请填写区域名称。</translation>
    </message>
    <message>
        <source>The region name is longer than %1 characters.</source>
        <translation>区域名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Only an administrator may add regions.</source>
        <translation>只有管理员可以添加区域。</translation>
    </message>
    <message>
        <source>The region code must be 2 or 3 capital letters (e.g. HZ), not &quot;%1&quot;.</source>
        <translation>区域代码必须是 2 或 3 个大写字母（如 HZ），而不是“%1”。</translation>
    </message>
    <message>
        <source>The region %1 (%2) already exists.</source>
        <translation>区域 %1（%2）已存在。</translation>
    </message>
    <message>
        <source>Only an administrator may change regions.</source>
        <translation>只有管理员可以修改区域。</translation>
    </message>
    <message>
        <source>There is no region %1.</source>
        <translation>不存在区域 %1。</translation>
    </message>
</context>
<context>
    <name>ReviewPack</name>
    <message>
        <source>%1 · Monday review of the week of %2</source>
        <translation>%1 · %2 这一周的周一复盘</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>销售团队</translation>
    </message>
    <message>
        <source>Last week: %1 to %2. Follow-ups, progress events, risks and overdue next actions of every A and B customer; R13 marks the B customers without progress for 14 days.</source>
        <translation>上周：%1 至 %2。每个 A、B 类客户的跟进、推进、风险和逾期的下一步行动；R13 标出 14 天没有推进的 B 类客户。</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周跟进</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>推进次数</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>R13</source>
        <translation>R13</translation>
    </message>
    <message>
        <source>downgrade?</source>
        <translation>待降级</translation>
    </message>
    <message>
        <source>Team compliance, last week</source>
        <translation>上周团队合规情况</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Late entries (R2)</source>
        <translation>超时录入（R2）</translation>
    </message>
    <message>
        <source>A below 2 (R6)</source>
        <translation>A 类不足 2 次（R6）</translation>
    </message>
    <message>
        <source>Late plans (R8)</source>
        <translation>计划超期（R8）</translation>
    </message>
    <message>
        <source>Late records (R11)</source>
        <translation>超时记录（R11）</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Only a sales manager decides on downgrades (R13).</source>
        <translation>只有销售经理可以决定降级（R13）。</translation>
    </message>
    <message>
        <source>The as-of time is not a valid date and time.</source>
        <translation>截止时间不是有效的日期时间。</translation>
    </message>
    <message>
        <source>Say why the customer stays at B (R13).</source>
        <translation>请说明保留 B 级的原因（R13）。</translation>
    </message>
    <message>
        <source>%1 was not downgraded by R13 as its last grade change: there is nothing to undo.</source>
        <translation>%1 最近一次等级变化不是 R13 降级：没有可撤销的降级。</translation>
    </message>
    <message>
        <source>Downgrade (R13) undone</source>
        <translation>撤销降级（R13）</translation>
    </message>
    <message>
        <source>Only a sales manager runs the Monday review.</source>
        <translation>只有销售经理主持周一复盘。</translation>
    </message>
    <message>
        <source>Write the strategy adjustment decided for %1.</source>
        <translation>请写明为 %1 决定的策略调整。</translation>
    </message>
    <message>
        <source>The strategy adjustment is longer than %1 characters.</source>
        <translation>策略调整超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Sales rep</source>
        <translation>客户代表</translation>
    </message>
    <message>
        <source>Sales assistant</source>
        <translation>销售助理</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RuleCheckService</name>
    <message>
        <source>The as-of time is not a valid date and time.</source>
        <translation>截止时间不是有效的日期时间。</translation>
    </message>
    <message>
        <source>The start of the period (%1) is after its end (%2).</source>
        <translation>统计起点（%1）晚于终点（%2）。</translation>
    </message>
    <message>
        <source>Entered %1, after the deadline %2 (first contact %3).</source>
        <translation>录入于 %1，晚于截止时间 %2（首次接触 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) in the week of %1; an A customer needs at least 2.</source>
        <translation>
            <numerusform>%1 这一周跟进 %n 次；A 类客户至少需要 2 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>An A customer without an owner; it needs a senior rep.</source>
        <translation>A 类客户没有负责人；需要由资深销售负责。</translation>
    </message>
    <message>
        <source>An A customer owned by %1, who is not a senior rep.</source>
        <translation>A 类客户由 %1 负责，但其不是资深销售。</translation>
    </message>
    <message>
        <source>Last contact %1, %2 days ago; a C customer is contacted every %3 days.</source>
        <translation>上次联系 %1，已 %2 天；C 类客户每 %3 天联系一次。</translation>
    </message>
    <message>
        <source>The follow-up plan was due by %1; its first item was made %2.</source>
        <translation>跟进计划应于 %1 前制定；第一个计划项创建于 %2。</translation>
    </message>
    <message>
        <source>The follow-up plan was due by %1 and has no item.</source>
        <translation>跟进计划应于 %1 前制定，目前没有任何计划项。</translation>
    </message>
    <message>
        <source>Support for &quot;%1&quot; (starting %2) was requested on %3; the latest on-time request date was %4.</source>
        <translation>“%1”（%2 开始）的支持申请于 %3 提出；最晚的按时申请日期是 %4。</translation>
    </message>
    <message>
        <source>Contact at %1 recorded at %2, %3 h %4 min later (within 2 hours is on time).</source>
        <translation>%1 的联系于 %2 记录，晚了 %3 小时 %4 分钟（2 小时内为按时）。</translation>
    </message>
    <message>
        <source>Graded B since %1 with no progress in the last %2 days: a downgrade candidate.</source>
        <translation>自 %1 起为 B 级，最近 %2 天没有推进：待降级。</translation>
    </message>
    <message>
        <source>Contract %1 waits for the %2, due by %3.</source>
        <translation>合同 %1 待%2，截止 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Contract %1: the instalment due %2 is %n day(s) overdue (%3); %4 of %5 %6 outstanding.</source>
        <translation>
            <numerusform>合同 %1：%2 到期的分期款已逾期 %n 天（%3）；%5 %6 中尚有 %4 未收。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Talked with the technical director about data migration; strong intent</source>
        <translation>与技术总监沟通数据迁移问题，客户意向强</translation>
    </message>
    <message>
        <source>CRM system, phase 1</source>
        <translation>CRM 系统一期</translation>
    </message>
    <message>
        <source>CRM licences for 200 users, implementation and training</source>
        <translation>200 用户 CRM 许可、实施及培训</translation>
    </message>
    <message>
        <source>live within 60 days of signing</source>
        <translation>签订后 60 天内上线</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>New password of %1 (empty: %1 chooses one at the first sign-in): </source>
        <translation>%1 的新密码（留空：%1 首次登录时自行设置）：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>Database roles exist only on a PostgreSQL server.</source>
        <translation>数据库角色仅存在于 PostgreSQL 服务器上。</translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not available.</source>
        <translation>PostgreSQL 连接不可用。</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>无法为服务器准备密码：%1</translation>
    </message>
</context>
<context>
    <name>ServiceContext</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Your role may look at customer %1 but not change it.</source>
        <translation>您的角色可以查看客户 %1，但不能修改。</translation>
    </message>
    <message>
        <source>Customer %1 belongs to another team&apos;s portfolio; you may not change it.</source>
        <translation>客户 %1 属于其他团队，您不能修改。</translation>
    </message>
    <message>
        <source>Customer %1 belongs to another team&apos;s portfolio; you may not see it.</source>
        <translation>客户 %1 属于其他团队，您无权查看。</translation>
    </message>
    <message>
        <source>Customer %1 belongs to another rep&apos;s portfolio; you may not change it.</source>
        <translation>客户 %1 属于其他客户代表，您不能修改。</translation>
    </message>
    <message>
        <source>Customer %1 belongs to another rep&apos;s portfolio; you may not see it.</source>
        <translation>客户 %1 属于其他客户代表，您无权查看。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <source>Customer id, e.g. HZ2026001</source>
        <translation>客户编号，例如 HZ2026001</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>服务类型 *</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What was done *</source>
        <translation>服务内容 *</translation>
    </message>
    <message>
        <source>e.g. on-site check of the system; replaced a disk; the customer asked for a training of new staff</source>
        <translation>例如：现场巡检系统；更换硬盘；客户要求为新员工安排培训</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次维护</translation>
    </message>
    <message>
        <source>Plan one on</source>
        <translation>计划于</translation>
    </message>
</context>
<context>
    <name>ServiceRecordRules</name>
    <message>
        <source>no customer</source>
        <translation>缺少客户</translation>
    </message>
    <message>
        <source>no summary of what was done</source>
        <translation>缺少服务内容</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>a satisfaction of %1 (it is 1 to 5 stars, or none)</source>
        <translation>满意度 %1 无效（应为 1 至 5 星，或不评分）</translation>
    </message>
    <message>
        <source>the next maintenance (%1) is before the record&apos;s date (%2)</source>
        <translation>下次维护日期（%1）早于记录日期（%2）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题处理</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ServiceRecordService</name>
    <message>
        <source>Only sales reps, assistants and managers record service.</source>
        <translation>只有客户代表、销售助理和销售经理可以登记服务记录。</translation>
    </message>
    <message>
        <source>The service record cannot be saved: %1.</source>
        <translation>服务记录无法保存：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The contract is not one of customer %1&apos;s contracts.</source>
        <translation>该合同不属于客户 %1。</translation>
    </message>
    <message>
        <source>This service record was changed by %1 at %2 since you opened it: reload it and make your change again.</source>
        <translation>此服务记录在您打开后已被 %1 于 %2 修改：请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>There is no service record with the id %1.</source>
        <translation>不存在 ID 为 %1 的服务记录。</translation>
    </message>
    <message>
        <source>Contract %1 ends on %2: renewal linked to the open opportunity (renewal reminder).</source>
        <translation>合同 %1 将于 %2 到期：续约已关联到进行中的商机（续约提醒）。</translation>
    </message>
    <message>
        <source>Contract %1 ends on %2: renewal opportunity opened at needs discovery, expected ¥%3 by the end date (renewal reminder).</source>
        <translation>合同 %1 将于 %2 到期：已新建续约商机（需求挖掘阶段），预计金额 ¥%3，预计在到期日前成交（续约提醒）。</translation>
    </message>
    <message>
        <source>This service record was changed by %1 at %2 (%3) since you opened it: reload it and make your change again.</source>
        <translation>此服务记录在您打开后已被 %1 于 %2 修改（%3）：请重新加载后再次修改。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language applies after SalesFlow restarts.</source>
        <translation>新的语言将在 SalesFlow 重新启动后生效。</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Dates and working-day deadlines of the whole team are evaluated in this time zone. Saved in the database: it applies at once, to everyone.</source>
        <translation>整个团队的日期和工作日截止时间都按此时区计算。该设置保存在数据库中，立即对所有人生效。</translation>
    </message>
    <message>
        <source>&amp;Contract numbers:</source>
        <translation>合同编号(&amp;C)：</translation>
    </message>
    <message>
        <source>HT{year}{serial:4}</source>
        <translation>HT{year}{serial:4}</translation>
    </message>
    <message>
        <source>&amp;Renewal reminder:</source>
        <translation>续约提醒(&amp;R)：</translation>
    </message>
    <message>
        <source> days before a contract ends</source>
        <translation> 天（合同到期前）</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;onnection…</source>
        <translation>连接(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Only an administrator may change the team&apos;s time zone.</source>
        <translation>只有管理员可以修改团队时区。</translation>
    </message>
    <message>
        <source>%1 is not a known time zone.</source>
        <translation>%1 不是有效的时区。</translation>
    </message>
    <message>
        <source>Only an administrator may change the grading thresholds.</source>
        <translation>只有管理员可以修改分级阈值。</translation>
    </message>
    <message>
        <source>The thresholds must satisfy 4 ≤ B &lt; A ≤ %1 and 1 ≤ minimum score for A ≤ 5.</source>
        <translation>阈值必须满足 4 ≤ B &lt; A ≤ %1，且 1 ≤ A 类单项最低分 ≤ 5。</translation>
    </message>
    <message>
        <source>Only an administrator may change the maintenance interval.</source>
        <translation>只有管理员可以修改维护周期。</translation>
    </message>
    <message>
        <source>The maintenance interval must be 1 to 365 days, not %1.</source>
        <translation>维护周期必须在 1 到 365 天之间，而不是 %1。</translation>
    </message>
    <message>
        <source>Only an administrator may change the contract number format.</source>
        <translation>只有管理员可以修改合同编号格式。</translation>
    </message>
    <message>
        <source>The contract number format &quot;%1&quot; has no {serial}: write, for example, HT{year}{serial:4}.</source>
        <translation>合同编号格式“%1”缺少 {serial}：可写为 HT{year}{serial:4} 等。</translation>
    </message>
    <message>
        <source>Only an administrator may change the renewal reminder.</source>
        <translation>只有管理员可以修改续约提醒。</translation>
    </message>
    <message>
        <source>The renewal reminder must be 1 to 365 days before a contract ends, not %1.</source>
        <translation>续约提醒须为合同到期前 1 到 365 天，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to SalesFlow</source>
        <translation>登录 SalesFlow</translation>
    </message>
    <message>
        <source>SalesFlow</source>
        <translation>SalesFlow</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. li.wei</source>
        <translation>例如 li.wei</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SpecialDayDialog</name>
    <message>
        <source>Special day</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The holiday it belongs to, e.g. Spring Festival</source>
        <translation>所属节日，如：春节</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Login *</source>
        <translation>登录名(&amp;L) *</translation>
    </message>
    <message>
        <source>e.g. li.wei</source>
        <translation>例如 li.wei</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 李伟</source>
        <translation>例如 李伟</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>角色(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Senior rep (may own A customers, R6)</source>
        <translation>资深客户代表(&amp;S)（可负责 A 类客户，R6）</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>启用(&amp;A)（可以登录）</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>重复(&amp;E)</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Only an administrator may add users.</source>
        <translation>只有管理员可以添加用户。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: use a lower-case letter followed by 1 to 31 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>登录名“%1”无效：须以小写字母开头，后接 1 到 31 个小写字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>登录名不存在或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 was changed by someone else while you were editing it. Reload and make your change again.</source>
        <translation>在您编辑期间，账户 %1 已被他人修改。请重新加载后再修改。</translation>
    </message>
    <message>
        <source>Only an administrator may change users.</source>
        <translation>只有管理员可以修改用户。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>You may not deactivate your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make someone else an administrator first.</source>
        <translation>%1 是最后一位启用的管理员：请先指定其他人为管理员。</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; ask an administrator.</source>
        <translation>账户 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Only an administrator may set another user&apos;s password.</source>
        <translation>只有管理员可以设置其他用户的密码。</translation>
    </message>
    <message>
        <source>%1 already has a password; sign in with it, or ask an administrator to set a new one.</source>
        <translation>%1 已有密码；请用该密码登录，或请管理员设置新密码。</translation>
    </message>
    <message>
        <source>The account %1 was changed by %2 at %3 (%4) while you were editing it. Reload and make your change again.</source>
        <translation>在您编辑期间，账户 %1 已被 %2 于 %3 修改（%4）。请重新加载后再修改。</translation>
    </message>
    <message>
        <source>The database role %1 is not a SalesFlow user: an administrator adds users with &quot;salesflow-cli users add&quot;.</source>
        <translation>数据库角色 %1 不是 SalesFlow 用户：请由管理员使用“salesflow-cli users add”添加用户。</translation>
    </message>
    <message>
        <source>On a team server an administrator sets the first password of %1 (&quot;salesflow-cli users passwd&quot;).</source>
        <translation>在团队服务器上，%1 的初始密码由管理员设置（“salesflow-cli users passwd”）。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
</context>
<context>
    <name>sf::cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>the option --%1 takes no value</source>
        <translation>选项 --%1 不接受参数值</translation>
    </message>
    <message>
        <source>the option --%1 needs a value</source>
        <translation>选项 --%1 需要一个参数值</translation>
    </message>
</context>
<context>
    <name>sf::ui::AdministrationPage</name>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>sf::ui::AfterSalesPage</name>
    <message>
        <source>Maintenance due</source>
        <translation>待维护</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Customers whose latest service planned a maintenance for today or earlier</source>
        <translation>最近一次服务计划的维护日期为今天或更早的客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次维护</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Renewal opportunity</source>
        <translation>续约商机</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>登记服务…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5 星</translation>
    </message>
    <message numerus="yes">
        <source>%n service record(s)</source>
        <translation>
            <numerusform>%n 条服务记录</numerusform>
        </translation>
    </message>
    <message>
        <source> · average satisfaction %1 ★</source>
        <translation> · 平均满意度 %1 ★</translation>
    </message>
    <message numerus="yes">
        <source>Contracts ending within %n day(s) (%1) — renewal reminder</source>
        <translation>
            <numerusform>%n 天内到期的合同（%1）— 续约提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened · %1</source>
        <translation>已新建 · %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已新建</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未新建</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Only the customers you own</source>
        <translation>只看您负责的客户</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n service record(s)</source>
        <translation>
            <numerusform>最近 %n 条服务记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::ui::ApprovalDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Approve contract</source>
        <translation>审批合同</translation>
    </message>
    <message>
        <source>Approve %1 and pass it on to the next step (R15).</source>
        <translation>通过 %1 并转入下一步（R15）。</translation>
    </message>
    <message>
        <source>Comments (optional)</source>
        <translation>审批意见（选填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation>签字确认合同</translation>
    </message>
    <message>
        <source>Sign %1: legal and finance have approved it (R15).</source>
        <translation>签字确认 %1：法务和财务均已审核通过（R15）。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Return contract to the rep</source>
        <translation>退回合同</translation>
    </message>
    <message>
        <source>Return %1 to the rep as a draft. Say what must change: the rep sees your comments in the approval history (R15).</source>
        <translation>将 %1 退回客户代表，恢复为草稿。请写明需要修改的内容：客户代表可在审批记录中看到您的意见（R15）。</translation>
    </message>
    <message>
        <source>e.g. the liability clause caps damages at 5%; our standard is 20%</source>
        <translation>例如：违约责任条款将赔偿上限定为 5%，我方标准为 20%</translation>
    </message>
    <message>
        <source>Return to rep</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>The comments are required.</source>
        <translation>请填写审批意见。</translation>
    </message>
</context>
<context>
    <name>sf::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>sf::ui::AuditTrailPage</name>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Search ids, fields and values</source>
        <translation>搜索编号、字段和值</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>More than %1 entries.</source>
        <translation>超过 %1 条记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation>审计日志-%1.csv</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>sf::ui::CalendarAdminPage</name>
    <message>
        <source>Double-click a day to add or edit it.</source>
        <translation>双击某一天即可添加或编辑。</translation>
    </message>
    <message>
        <source>Only an administrator may change the holiday calendar.</source>
        <translation>只有管理员可以修改节假日日历。</translation>
    </message>
    <message>
        <source>No holiday schedule for %1 yet: only weekends are off. Import the official schedule or add its days.</source>
        <translation>%1 年尚无节假日安排：目前只有周末休息。请导入官方安排或逐日添加。</translation>
    </message>
    <message>
        <source>%1 days off and %2 make-up working days · from %3, %4</source>
        <translation>%1 个休息日，%2 个调休上班日 · 来源 %3，%4</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>删除特殊日期</translation>
    </message>
    <message>
        <source>Remove %1 (%2, %3)?

The date then follows the weekly rhythm again: Monday to Friday work, weekends off.</source>
        <translation>删除 %1（%2，%3）？

删除后该日期恢复常规：周一至周五上班，周末休息。</translation>
    </message>
    <message>
        <source>Import holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Holiday schedules (*.json *.ics);;All files (*)</source>
        <translation>节假日安排 (*.json *.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message>
        <source>The %1 schedule was imported: %2 days off and %3 make-up working days. It replaces what the database held for %1.</source>
        <translation>已导入 %1 年的安排：%2 个休息日，%3 个调休上班日。它替换了数据库中 %1 年原有的安排。</translation>
    </message>
</context>
<context>
    <name>sf::ui::ConnectionDialog</name>
    <message>
        <source>Give the server&apos;s host name or address.</source>
        <translation>请填写服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>The host is a name or an address, such as crm.example.com or 192.168.1.20.</source>
        <translation>主机应为名称或地址，例如 crm.example.com 或 192.168.1.20。</translation>
    </message>
    <message>
        <source>Give the name of the team&apos;s database on the server.</source>
        <translation>请填写团队在服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>The database is a name, such as salesflow.</source>
        <translation>数据库应为一个名称，例如 salesflow。</translation>
    </message>
    <message>
        <source>You sign in with the login and password your administrator gave you. The password is not saved on this computer.</source>
        <translation>请使用管理员提供的登录名和密码登录。密码不会保存在本机。</translation>
    </message>
    <message>
        <source>SalesFlow opens this database file.</source>
        <translation>SalesFlow 将打开此数据库文件。</translation>
    </message>
    <message>
        <source>A new, empty database will be created there.</source>
        <translation>将在此处新建一个空数据库。</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>SalesFlow databases (*.db *.sqlite);;All files (*)</source>
        <translation>SalesFlow 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sf::ui::ContractDetailView</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the file with the program your desktop uses for it</source>
        <translation>用系统默认程序打开该文件</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Select a contract to see its terms, payment schedule, payments and approval history.</source>
        <translation>选择一份合同，查看其条款、付款计划、回款和审批记录。</translation>
    </message>
    <message>
        <source>drafted by</source>
        <translation>起草人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>overdue: was due by %1</source>
        <translation>已逾期：应于 %1 前完成</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>应于 %1 前完成</translation>
    </message>
    <message>
        <source>missing (R14)</source>
        <translation>缺失（R14）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Products / services</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <source>Delivery period</source>
        <translation>交付期限</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Liability for breach</source>
        <translation>违约责任</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Imported as signed from an earlier system.</source>
        <translation>从原有系统导入，导入时已签订。</translation>
    </message>
    <message>
        <source>Last changed %1 by %2 · version %3</source>
        <translation>%2 于 %1 最后修改 · 版本 %3</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <source>No payment schedule yet: the rep adds its instalments when editing the contract (R16).</source>
        <translation>尚无付款计划：客户代表编辑合同时添加分期款（R16）。</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) · total %1 · paid %2 · outstanding %3</source>
        <translation>
            <numerusform>共 %n 期 · 合计 %1 · 已收 %2 · 未收 %3</numerusform>
        </translation>
    </message>
    <message>
        <source> · of which overdue %1</source>
        <translation> · 其中逾期 %1</translation>
    </message>
    <message>
        <source> · does not add up to the price %1</source>
        <translation> · 与合同金额 %1 不符</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>回款（%1）</translation>
    </message>
    <message>
        <source>%1 (not found on this computer)</source>
        <translation>%1（本机上找不到该文件）</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>instalment state: paid in full</comment>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>instalment state: nothing paid yet</comment>
        <translation>未收</translation>
    </message>
</context>
<context>
    <name>sf::ui::ContractDialog</name>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Edit contract %1</source>
        <translation>编辑合同 %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>issued on save</source>
        <translation>保存时生成</translation>
    </message>
    <message>
        <source>%1 is at %2: saving a change returns it to draft and resets its approvals.</source>
        <translation>%1 当前状态为%2：保存修改后将退回草稿并重置审批。</translation>
    </message>
    <message>
        <source>Which customer signs the contract?</source>
        <translation>签订合同的是哪位客户？</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message>
        <source>Type the price in yuan, e.g. 300,000.00 or 300000.</source>
        <translation>请输入以元为单位的合同金额，例如 300,000.00 或 300000。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>a schedule keeps at least one instalment</source>
        <translation>付款计划至少保留一期</translation>
    </message>
    <message>
        <source>a payment schedule (R16)</source>
        <translation>付款计划（R16）</translation>
    </message>
    <message>
        <source>Every core term is there (R14): the contract can be submitted.</source>
        <translation>核心条款已齐全（R14）：合同可以提交审批。</translation>
    </message>
    <message>
        <source>To submit it (R14), the contract still needs: %1. You can save the draft now.</source>
        <translation>提交审批（R14）前，合同还需要：%1。现在可以先保存草稿。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>付款计划</translation>
    </message>
    <message>
        <source>Payment schedule ⚠</source>
        <translation>付款计划 ⚠</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Type the id of an existing customer.</source>
        <translation>请输入已有客户的编号。</translation>
    </message>
    <message>
        <source>Give the contract a title.</source>
        <translation>请填写合同名称。</translation>
    </message>
    <message>
        <source>Type the price in yuan.</source>
        <translation>请输入以元为单位的合同金额。</translation>
    </message>
    <message>
        <source>The currency is a 3-letter code such as CNY.</source>
        <translation>币种为 3 位字母代码，如 CNY。</translation>
    </message>
    <message>
        <source>The payment schedule cannot be saved: %1.</source>
        <translation>付款计划无法保存：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.png);;All files (*)</source>
        <translation>文档 (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reset the approvals?</source>
        <translation>重置审批？</translation>
    </message>
    <message>
        <source>%1 is at %2. Saving this change returns it to draft and resets its approvals: it must be submitted and approved again (R15).</source>
        <translation>%1 当前状态为%2。保存此修改后合同将退回草稿并重置审批，需重新提交审批（R15）。</translation>
    </message>
    <message>
        <source>Save and reset</source>
        <translation>保存并重置</translation>
    </message>
    <message>
        <source>%1 is saved, but not its payment schedule: %2</source>
        <translation>%1 已保存，但付款计划未保存：%2</translation>
    </message>
</context>
<context>
    <name>sf::ui::ContractDocumentDialog</name>
    <message>
        <source>Contract document</source>
        <translation>合同文本</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>合同模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Edit templates…</source>
        <translation>编辑模板(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>The template asks for placeholders SalesFlow does not know: {%1}.</source>
        <translation>模板中包含 SalesFlow 无法识别的占位符：{%1}。</translation>
    </message>
    <message>
        <source>Export the contract</source>
        <translation>导出合同</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>sf::ui::ContractTableModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>R15: %1 was due by %2 and is overdue.</source>
        <translation>R15：%1 应于 %2 前完成，已逾期。</translation>
    </message>
    <message>
        <source>R15: %1 is due by %2.</source>
        <translation>R15：%1 应于 %2 前完成。</translation>
    </message>
    <message>
        <source>When the step the contract waits for is due (R15: one working day each for legal and finance)</source>
        <translation>合同当前审批环节的截止时间（R15：法务、财务各 1 个工作日）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>待处理环节</translation>
    </message>
    <message>
        <source>Due (R15)</source>
        <translation>截止时间（R15）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>sf::ui::ContractTemplateDialog</name>
    <message>
        <source>The preview of the drafted contract.</source>
        <translation>起草后的合同预览。</translation>
    </message>
    <message>
        <source>Only legal, managers and administrators edit templates.</source>
        <translation>只有法务、销售经理和管理员可以编辑模板。</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>最后由 %1 于 %2 修改。</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>模板“%1”有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Unknown placeholders are left as they are: {%1}.</source>
        <translation>无法识别的占位符将原样保留：{%1}。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>模板“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete template &quot;%1&quot;? Contracts already drafted keep their text.</source>
        <translation>确定删除模板“%1”吗？已起草的合同将保留原有文本。</translation>
    </message>
</context>
<context>
    <name>sf::ui::ContractsPage</name>
    <message>
        <source>Search number, title, customer</source>
        <translation>搜索合同编号、名称、客户</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>全部合同</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>Contracts at the step your role owns: legal review for legal, finance review for finance, the signature for a manager, your drafts for a rep</source>
        <translation>处于您的角色所负责环节的合同：法务为法务审核，财务为财务审核，销售经理为待签字，客户代表为自己的草稿</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Start delivery</source>
        <translation>开始履约</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n 份合同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n step(s) overdue</source>
        <translation>
            <numerusform> · %n 个环节已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Drafted %1.</source>
        <translation>已起草 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Saved %1: it is a draft again and must be submitted anew.</source>
        <translation>已保存 %1：合同已恢复为草稿，需要重新提交审批。</translation>
    </message>
    <message>
        <source>Duplicated as %1, a new draft.</source>
        <translation>已复制为新草稿 %1。</translation>
    </message>
    <message>
        <source>%1 is submitted to legal review.</source>
        <translation>%1 已提交法务审核。</translation>
    </message>
    <message>
        <source>%1 is submitted: legal review due by %2 (R15).</source>
        <translation>%1 已提交审批：法务审核截止 %2（R15）。</translation>
    </message>
    <message>
        <source>%1 is signed.</source>
        <translation>%1 已签订。</translation>
    </message>
    <message>
        <source>%1 approved: now at %2.</source>
        <translation>%1 已审批通过：当前为%2。</translation>
    </message>
    <message>
        <source>%1 is returned to %2 with your comments.</source>
        <translation>%1 已退回给 %2，并附上您的意见。</translation>
    </message>
    <message>
        <source>%1 is in delivery.</source>
        <translation>%1 已开始履约。</translation>
    </message>
    <message>
        <source>Complete contract</source>
        <translation>完成合同</translation>
    </message>
    <message>
        <source>Mark %1 as completed? Delivery is then closed.</source>
        <translation>将 %1 标记为已完成？履约随之关闭。</translation>
    </message>
    <message>
        <source>%1 is completed.</source>
        <translation>%1 已完成。</translation>
    </message>
    <message>
        <source>My contracts</source>
        <translation>我的合同</translation>
    </message>
    <message>
        <source>The contracts you drafted, in any status</source>
        <translation>您起草的合同（任意状态）</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>合同文本…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>合同模板…</translation>
    </message>
</context>
<context>
    <name>sf::ui::CustomerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Software and IT</source>
        <translation>软件与信息技术</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>装备制造</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>交通物流</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源电力</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育培训</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>批发零售</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建筑建材</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2, senior)</source>
        <translation>%1（%2，资深）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Will be issued: %1</source>
        <translation>将生成编号：%1</translation>
    </message>
    <message>
        <source>Entered late: the deadline was %1 (R2). It is saved and flagged.</source>
        <translation>录入超时：截止时间为 %1（R2）。仍会保存，并标记为超时录入。</translation>
    </message>
    <message>
        <source>Vague needs (R3): %1. You can still save.</source>
        <translation>需求不够具体（R3）：%1。仍可保存。</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has the same name.</source>
        <translation>可能重复：%1 名称相同。</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has the same phone %2.</source>
        <translation>可能重复：%1 的电话同为 %2。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This customer looks like one that already exists. Save it anyway?</source>
        <translation>该客户与已有客户相似。仍要保存吗？</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>金融</translation>
    </message>
</context>
<context>
    <name>sf::ui::CustomerTableModel</name>
    <message>
        <source>Entered after the end of the working day after first contact (R2).</source>
        <translation>在首次接触后的下一个工作日结束之后才录入（R2）。</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（超时）</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>关键联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>sf::ui::CustomersPage</name>
    <message>
        <source>Late entries</source>
        <translation>超时录入</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>分级…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Search name, needs, contacts, phones</source>
        <translation>搜索名称、需求、联系人、电话</translation>
    </message>
    <message>
        <source>Only customers entered after the end of the working day after first contact (R2)</source>
        <translation>仅显示在首次接触后下一个工作日结束后才录入的客户（R2）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Grade A</source>
        <translation>A 类</translation>
    </message>
    <message>
        <source>Grade B</source>
        <translation>B 类</translation>
    </message>
    <message>
        <source>Grade C</source>
        <translation>C 类</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Only a sales manager grades customers.</source>
        <translation>只有销售经理可以为客户分级。</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#64748b&apos;&gt;Select a customer to see its details and grade history.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#64748b&apos;&gt;选择一个客户以查看详情和分级历史。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n customers selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已选择 %n 个客户。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>%1 (%2, senior)</source>
        <translation>%1（%2，资深）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n customer(s) to:</source>
        <translation>
            <numerusform>将 %n 个客户分配给：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n customer(s):</source>
        <translation>
            <numerusform>为 %n 个客户设置的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graded %n customer(s).</source>
        <translation>
            <numerusform>已为 %n 个客户分级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n customer(s).</source>
        <translation>
            <numerusform>已分配 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>已导入 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>跟进已记录。</translation>
    </message>
    <message>
        <source>Opportunity…</source>
        <translation>商机…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up plan (R8)</source>
        <translation>跟进计划（R8）</translation>
    </message>
    <message>
        <source>Undo the R13 downgrade</source>
        <translation>撤销 R13 降级</translation>
    </message>
    <message>
        <source>%1 is B again.</source>
        <translation>%1 已恢复为 B 级。</translation>
    </message>
    <message>
        <source>Legal and finance read customers; they do not import them.</source>
        <translation>法务和财务可以查看客户，但不能导入客户。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
</context>
<context>
    <name>sf::ui::FollowUpDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Stage unchanged</source>
        <translation>阶段不变</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>推进到：%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Which customer did you talk to?</source>
        <translation>您联系的是哪位客户？</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message>
        <source>The contact time is in the future.</source>
        <translation>联系时间在未来。</translation>
    </message>
    <message>
        <source>Recorded %1 h %2 min after the contact: later than 2 hours, the record is marked late (R11).</source>
        <translation>在联系后 %1 小时 %2 分钟记录：超过 2 小时，该记录将标记为超时（R11）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an opinion. Write what the customer said or did, e.g. &quot;the customer says the proposal meets the initial needs; feedback expected by 25 March&quot;.</source>
        <translation>“%1”是主观判断。请写客户说了什么、做了什么，例如“客户表示方案基本满足初步需求，预计3月25日前反馈”。</translation>
    </message>
    <message>
        <source>A risk usually calls for a next action.</source>
        <translation>有风险时通常需要下一步行动。</translation>
    </message>
    <message>
        <source>Current stage: %1.</source>
        <translation>当前阶段：%1。</translation>
    </message>
    <message>
        <source>No open opportunity: a stage opens one.</source>
        <translation>没有进行中的商机：选择阶段将新建商机。</translation>
    </message>
    <message>
        <source>Advancing the stage counts as progress.</source>
        <translation>推进阶段计为实质进展。</translation>
    </message>
</context>
<context>
    <name>sf::ui::FollowUpPlansPage</name>
    <message>
        <source>move the plan item</source>
        <translation>移动计划项</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>One customer: its id, e.g. HZ2026001</source>
        <translation>单个客户：输入客户编号，例如 HZ2026001</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>New plan item…</source>
        <translation>新建计划项…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Plans of</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>刻度</translation>
    </message>
    <message>
        <source>Plan item saved.</source>
        <translation>计划项已保存。</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>跟进已记录。</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>follow-up-plan.png</source>
        <translation>跟进计划.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>No plan items here yet. An A customer needs its plan within 3 working days of first contact (R8).</source>
        <translation>这里还没有计划项。A 类客户须在首次接触后 3 个工作日内制定计划（R8）。</translation>
    </message>
    <message>
        <source>Select a plan item: drag it to move it, drag its end to change its due date, double-click to edit.</source>
        <translation>选择一个计划项：拖动可移动，拖动末端可修改截止日期，双击可编辑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4 with %5 · %6 to %7 · %8%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4 对接 %5 · %6 至 %7 · %8%</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>support requested late (R10)</source>
        <translation>支持申请过晚（R10）</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::GanttView</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>a public holiday, in the day row of the chart</comment>
        <translation>休</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>a make-up working day, in the day row of the chart</comment>
        <translation>班</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M/d</translation>
    </message>
    <message>
        <source>Customer / plan item</source>
        <translation>客户 / 计划项</translation>
    </message>
    <message>
        <source>%1 with %2 · %3 to %4 · %5% · %6</source>
        <translation>%1 对接 %2 · %3 至 %4 · %5% · %6</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>支持：%1</translation>
    </message>
    <message>
        <source> — requested late (R10)</source>
        <translation> — 申请过晚（R10）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>sf::ui::GradeDialog</name>
    <message>
        <source>Score the four dimensions</source>
        <translation>按四个维度评分</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>为 %1 分级</translation>
    </message>
    <message numerus="yes">
        <source>Grade %n customers</source>
        <translation>
            <numerusform>为 %n 个客户分级</numerusform>
        </translation>
    </message>
    <message>
        <source>Industry potential</source>
        <translation>行业潜力</translation>
    </message>
    <message>
        <source>Budget fit</source>
        <translation>预算匹配度</translation>
    </message>
    <message>
        <source>Decision chain completeness</source>
        <translation>决策链完整性</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>合作紧迫度</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Required when the grade differs from the proposal</source>
        <translation>等级与建议不同时必填</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>— (a reason is required)</source>
        <translation>—（需要填写理由）</translation>
    </message>
    <message>
        <source>%1 (total %2 of 20)</source>
        <translation>%1（总分 %2 / 20）</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file saved by Excel or another program: UTF-8 or GB18030, comma or tab separated, with English or Chinese headers.</source>
        <translation>由 Excel 或其他程序保存的 CSV 文件：UTF-8 或 GB18030 编码，逗号或制表符分隔，表头可为中文或英文。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Which customer field each column of the file holds. Required: the name, the first contact, and a customer id or a region.</source>
        <translation>文件中每一列对应的客户字段。必需：客户名称、首次接触时间，以及客户编号或区域。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>A dry run: nothing has been written yet. Rows that would be rejected are listed with their line in the file and the reason.</source>
        <translation>试运行：尚未写入任何数据。将被拒绝的行会列出其在文件中的行号和原因。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · separated by %2 · %n row(s)</source>
        <translation>
            <numerusform>编码：%1 · 分隔符：%2 · 共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 would be rejected.</source>
        <translation>%2 行中有 %1 行可以导入；%3 行将被拒绝。</translation>
    </message>
    <message>
        <source>%1 of %2 rows were imported; %3 were rejected.</source>
        <translation>%2 行中已导入 %1 行；%3 行被拒绝。</translation>
    </message>
    <message>
        <source>New users (reps) for the owners: %1</source>
        <translation>为负责人新建的用户（客户代表）：%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>sf::ui::MainWindow</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SalesFlow</source>
        <translation>关于 SalesFlow(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>资深</translation>
    </message>
    <message>
        <source>Acting user: %1 (login %2), %3</source>
        <translation>当前用户：%1（登录名 %2），%3</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>A backup of the database is still being written. Wait for it to finish and quit?</source>
        <translation>数据库备份仍在写入。等待备份完成后退出？</translation>
    </message>
    <message>
        <source>The new settings apply when SalesFlow restarts.</source>
        <translation>新的设置将在 SalesFlow 重新启动后生效。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SalesFlow databases (*.db);;All files (*)</source>
        <translation>SalesFlow 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>请选择其他文件：备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>The backup was written to %1 (%2).</source>
        <translation>备份已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>The backup failed.

%1</source>
        <translation>备份失败。

%1</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere at %1.</source>
        <translation>已于 %1 更新为他处保存的最新内容。</translation>
    </message>
    <message>
        <source>The team server&apos;s database is backed up on the server by its administrator.</source>
        <translation>团队服务器的数据库由管理员在服务器上备份。</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1（结构版本 %2）</translation>
    </message>
</context>
<context>
    <name>sf::ui::MyDayPage</name>
    <message>
        <source>Next actions due</source>
        <translation>到期的下一步行动</translation>
    </message>
    <message>
        <source>Plan items due</source>
        <translation>到期的计划项</translation>
    </message>
    <message>
        <source>Contacts to record (R11)</source>
        <translation>待记录的联系（R11）</translation>
    </message>
    <message>
        <source>A customers short of 2 contacts this week (R6)</source>
        <translation>本周联系不足 2 次的 A 类客户（R6）</translation>
    </message>
    <message>
        <source>C customers due for maintenance (R7)</source>
        <translation>需要维护的 C 类客户（R7）</translation>
    </message>
    <message>
        <source>Follow-up plans due (R8)</source>
        <translation>待制定的跟进计划（R8）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The day of</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n thing(s) to do, </source>
        <translation>
            <numerusform>%1 · 共 %n 项待办，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals and maintenance due</source>
        <translation>续约提醒与待维护</translation>
    </message>
    <message>
        <source>Contracts waiting (R15)</source>
        <translation>待处理合同（R15）</translation>
    </message>
    <message>
        <source>Payments due or overdue (R16)</source>
        <translation>到期及逾期回款（R16）</translation>
    </message>
</context>
<context>
    <name>sf::ui::NavigationSidebar</name>
    <message>
        <source>Process-driven sales</source>
        <translation>流程化销售管理</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>sf::ui::OpportunityDialog</name>
    <message>
        <source>Opportunity of %1</source>
        <translation>%1 的商机</translation>
    </message>
    <message>
        <source>none open yet (saving opens one at %1)</source>
        <translation>尚无进行中的商机（保存后将新建，阶段为%1）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most 2 decimals, e.g. 350,000.00.</source>
        <translation>请以元为单位填写金额，最多两位小数，例如 350,000.00。</translation>
    </message>
</context>
<context>
    <name>sf::ui::PasswordDialog</name>
    <message>
        <source>At least %1 characters; not the login.</source>
        <translation>至少 %1 个字符；不能包含登录名。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change the password of %1 (%2).</source>
        <translation>修改 %1（%2）的密码。</translation>
    </message>
    <message>
        <source>Set password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to them in person; they can change it under File › Change password.</source>
        <translation>为 %1 设置新密码。请当面告知对方；对方可在“文件 › 修改密码”中自行修改。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sf::ui::PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation>登记 %1 的回款</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The day the money arrived; not after today</source>
        <translation>款项到账的日期，不能晚于今天</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 outstanding%3</source>
        <translation>%1 · 未收 %2%3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Still open: &lt;b&gt;%4&lt;/b&gt; of %5, in %n instalment(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;未收金额：&lt;b&gt;%4&lt;/b&gt;（合同金额 %5），共 %n 期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount still open on the chosen instalment</source>
        <translation>所选期次的未收金额</translation>
    </message>
    <message>
        <source>Still open on the contract: %1.</source>
        <translation>合同未收金额：%1。</translation>
    </message>
    <message>
        <source>Type the amount received in yuan, e.g. 50,000.00.</source>
        <translation>请输入以元为单位的回款金额，例如 50,000.00。</translation>
    </message>
    <message>
        <source>More than the %1 still open: an over-payment is refused (R16).</source>
        <translation>超过未收金额 %1：不允许超额回款（R16）。</translation>
    </message>
    <message>
        <source>Leaves %1 open on the contract.</source>
        <translation>合同尚有 %1 未收。</translation>
    </message>
    <message>
        <source>The rest goes to the next open instalments, oldest first.</source>
        <translation>多出部分将依次冲抵之后未结清的期次，从最早的开始。</translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation>已为 %2 登记回款 %1。</translation>
    </message>
</context>
<context>
    <name>sf::ui::PlaceholderPage</name>
    <message>
        <source>Where this page sits in the sales process</source>
        <translation>本页面在销售流程中的位置</translation>
    </message>
    <message>
        <source>The sales process this page follows across all four stages</source>
        <translation>本页面贯穿销售流程的全部四个阶段</translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation>将在后续版本中提供</translation>
    </message>
    <message>
        <source>What this page will hold</source>
        <translation>本页面将包含</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The standard names this stage without numbered rules; it closes the loop by feeding renewals back into stage 2.</source>
        <translation>规范中此阶段没有编号规则；它通过把续约商机反馈到阶段二来形成闭环。</translation>
    </message>
    <message>
        <source>Rules it will enforce</source>
        <translation>将执行的规则</translation>
    </message>
</context>
<context>
    <name>sf::ui::PlanItemDialog</name>
    <message>
        <source>Edit plan item</source>
        <translation>编辑计划项</translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation>新建计划项</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Which customer is the plan for?</source>
        <translation>这是哪位客户的计划？</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message>
        <source>Say what will be done; &quot;follow up soon&quot; is not a plan item (R9).</source>
        <translation>请写明要做什么；“尽快跟进”不是计划项（R9）。</translation>
    </message>
    <message>
        <source>Say with whom (R9).</source>
        <translation>请写明与谁对接（R9）。</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>Late: support for an item starting %1 is requested by %2 (2 working days before, R10).</source>
        <translation>过晚：%1 开始的计划项须在 %2 前申请支持（提前 2 个工作日，R10）。</translation>
    </message>
    <message>
        <source>Request it by %1 (2 working days before the start, R10).</source>
        <translation>请在 %1 前申请（开始前 2 个工作日，R10）。</translation>
    </message>
</context>
<context>
    <name>sf::ui::PlanItemModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage goal</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>具体行动</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>沟通对象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sf::ui::ProcessStageStrip</name>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ReceivablesModel</name>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>What is still open of the overdue instalments</source>
        <translation>逾期分期款中尚未收回的金额</translation>
    </message>
    <message>
        <source>Calendar days past the due date (R16)</source>
        <translation>超过到期日的自然日天数（R16）</translation>
    </message>
    <message>
        <source>R16 ageing: 1–30, 31–60, 61–90, over 90 days</source>
        <translation>R16 账龄：1–30、31–60、61–90、90 天以上</translation>
    </message>
    <message>
        <source>Group / contract</source>
        <translation>分组 / 合同</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
</context>
<context>
    <name>sf::ui::ReceivablesPage</name>
    <message>
        <source>Ageing is counted at this date (R16)</source>
        <translation>按此日期计算账龄（R16）</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按客户代表</translation>
    </message>
    <message>
        <source>By ageing</source>
        <translation>按账龄</translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation>明细列表</translation>
    </message>
    <message>
        <source>Search contract, customer or rep</source>
        <translation>搜索合同、客户或客户代表</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Age the receivables at today&apos;s date</source>
        <translation>按今天的日期计算应收账款账龄</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the receivables and their summary to Excel (.xlsx) or CSV</source>
        <translation>将应收账款及汇总导出为 Excel (.xlsx) 或 CSV</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n 份合同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n open instalment(s)</source>
        <translation>
            <numerusform>截至 %1：共 %n 笔未结清分期款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown, outstanding %1, overdue %2</source>
        <translation>
            <numerusform> · 显示 %n 笔，未收 %1，逾期 %2</numerusform>
        </translation>
    </message>
    <message>
        <source> · double-click a line to open its customer</source>
        <translation> · 双击一行可打开对应客户</translation>
    </message>
    <message>
        <source>Due within 7 days  (%1)</source>
        <translation>7 天内到期（%1）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export receivables</source>
        <translation>导出应收账款</translation>
    </message>
    <message>
        <source>receivables-%1.xlsx</source>
        <translation>应收账款-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 笔分期款写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
</context>
<context>
    <name>sf::ui::RegionDialog</name>
    <message>
        <source>Add region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Rename region %1</source>
        <translation>重命名区域 %1</translation>
    </message>
    <message>
        <source>The code is part of every customer id of the region (R1), so it cannot change.</source>
        <translation>区域代码是该区域所有客户编号的一部分（R1），因此不能修改。</translation>
    </message>
    <message>
        <source>Customer ids of the region start with its code, e.g. %1 for the first customer entered in %2 (R1).</source>
        <translation>该区域的客户编号以区域代码开头，例如 %2 年录入的第一个客户编号为 %1（R1）。</translation>
    </message>
</context>
<context>
    <name>sf::ui::RegionModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New customers of %1 get ids starting with %2.</source>
        <translation>%1 的新客户编号以 %2 开头。</translation>
    </message>
    <message>
        <source>%1 is inactive: no new customer ids are issued for it.</source>
        <translation>%1 已停用：不再为其生成新的客户编号。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sf::ui::RegionsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>A region&apos;s code starts the id of every customer entered in it (R1), e.g. HZ2025001 for the first customer of Hangzhou in 2025. Codes never change; a region no longer used is deactivated rather than removed.</source>
        <translation>区域代码是该区域每个客户编号的开头（R1），例如 2025 年杭州的第一个客户为 HZ2025001。代码不会改变；不再使用的区域应停用而不是删除。</translation>
    </message>
    <message>
        <source>Only an administrator may change regions.</source>
        <translation>只有管理员可以修改区域。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>The list has been reloaded; check the region and try again.</source>
        <translation>列表已重新加载，请检查该区域后重试。</translation>
    </message>
    <message>
        <source>Rename region</source>
        <translation>重命名区域</translation>
    </message>
    <message>
        <source>The list has been reloaded with the latest data.</source>
        <translation>列表已按最新数据重新加载。</translation>
    </message>
    <message>
        <source>Deactivate region</source>
        <translation>停用区域</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)?

No new customer ids are issued for it; existing customers keep theirs. You can activate it again later.</source>
        <translation>停用 %1（%2）？

停用后不再为其生成新的客户编号，已有客户保留原编号。之后可以重新启用。</translation>
    </message>
    <message>
        <source>Activate region</source>
        <translation>启用区域</translation>
    </message>
</context>
<context>
    <name>sf::ui::ReviewPage</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周跟进</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>R13</source>
        <translation>R13</translation>
    </message>
    <message>
        <source>Follow-ups last week; an A customer needs 2 (R6)</source>
        <translation>上周跟进次数；A 类客户需要 2 次（R6）</translation>
    </message>
    <message>
        <source>Records of last week naming a risk</source>
        <translation>上周记录中提到风险的条数</translation>
    </message>
    <message>
        <source>The latest record&apos;s next action, due before this week</source>
        <translation>最近一条记录的下一步行动，截止日期早于本周</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>复盘周</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <source>Plan item…</source>
        <translation>计划项…</translation>
    </message>
    <message>
        <source>Regrade…</source>
        <translation>重新分级…</translation>
    </message>
    <message>
        <source>Downgrade to C</source>
        <translation>降为 C 级</translation>
    </message>
    <message>
        <source>Invalid lead</source>
        <translation>无效线索</translation>
    </message>
    <message>
        <source>Keep B…</source>
        <translation>保留 B 级…</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>downgrade?</source>
        <translation>待降级</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 (last week: %2 to %3) · %n A and B customer(s)</source>
        <translation>
            <numerusform>%1 这一周（上周：%2 至 %3）· 共 %n 个 A、B 类客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n downgrade candidate(s) (R13)</source>
        <translation>
            <numerusform> · %n 个待降级客户（R13）</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>已为 %1 记录。</translation>
    </message>
    <message>
        <source>Plan item added for %1.</source>
        <translation>已为 %1 添加计划项。</translation>
    </message>
    <message>
        <source>%1 regraded.</source>
        <translation>%1 已重新分级。</translation>
    </message>
    <message>
        <source>Keep B</source>
        <translation>保留 B 级</translation>
    </message>
    <message>
        <source>Why does %1 stay at B until the next review?</source>
        <translation>为什么 %1 在下次复盘前保留 B 级？</translation>
    </message>
    <message>
        <source>%1 stays at B until the next review.</source>
        <translation>%1 在下次复盘前保留 B 级。</translation>
    </message>
    <message>
        <source>Monday review</source>
        <translation>周一复盘</translation>
    </message>
    <message>
        <source>%1 is an invalid lead now (C).</source>
        <translation>%1 已标记为无效线索（C 级）。</translation>
    </message>
    <message>
        <source>%1 downgraded to C.</source>
        <translation>%1 已降为 C 级。</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>推进次数</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>录入数</translation>
    </message>
    <message>
        <source>Late (R2)</source>
        <translation>超时录入（R2）</translation>
    </message>
    <message>
        <source>Late %</source>
        <translation>超时率 %</translation>
    </message>
    <message>
        <source>A customers</source>
        <translation>A 类客户</translation>
    </message>
    <message>
        <source>Below 2 (R6)</source>
        <translation>不足 2 次（R6）</translation>
    </message>
    <message>
        <source>Below 2 %</source>
        <translation>不足率 %</translation>
    </message>
    <message>
        <source>Late plans (R8)</source>
        <translation>计划超期（R8）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Late (R11)</source>
        <translation>超时记录（R11）</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Team compliance</source>
        <translation>团队合规</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export the review pack</source>
        <translation>导出复盘资料</translation>
    </message>
    <message>
        <source>review-%1.pdf</source>
        <translation>复盘-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Review pack written to %1.</source>
        <translation>复盘资料已写入 %1。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Strategy…</source>
        <translation>策略…</translation>
    </message>
    <message>
        <source>Strategy adjustment</source>
        <translation>策略调整</translation>
    </message>
    <message>
        <source>The strategy decided for %1 in this review (it goes on the customer&apos;s timeline; it is not a follow-up record):</source>
        <translation>本次复盘为 %1 决定的策略（记入客户时间线，不算跟进记录）：</translation>
    </message>
    <message>
        <source>Strategy recorded for %1.</source>
        <translation>已记录 %1 的策略调整。</translation>
    </message>
</context>
<context>
    <name>sf::ui::ScheduleEditor</name>
    <message>
        <source>Add instalment</source>
        <translation>添加期次</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>平均拆分</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> instalments</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>How many instalments &quot;Split evenly&quot; makes</source>
        <translation>“平均拆分”要分成的期数</translation>
    </message>
    <message>
        <source>Spread the price over the instalments, a month apart from the start date; the cents left over go to the last one</source>
        <translation>将合同金额平均分摊到各期，从开始日期起每期间隔一个月；除不尽的零头计入最后一期</translation>
    </message>
    <message>
        <source>e.g. 50,000.00</source>
        <translation>例如 50,000.00</translation>
    </message>
    <message>
        <source>e.g. on acceptance</source>
        <translation>例如：验收后</translation>
    </message>
    <message>
        <source>the amount of instalment %1 is not a number of yuan</source>
        <translation>第 %1 期的金额不是有效的元金额</translation>
    </message>
    <message>
        <source>No instalments yet. A contract is submitted with a schedule that adds up to its price (R16).</source>
        <translation>尚无分期款。提交审批时，合同的付款计划合计须等于合同金额（R16）。</translation>
    </message>
    <message>
        <source>Type each amount in yuan, e.g. 50,000.00.</source>
        <translation>请以元为单位输入各期金额，例如 50,000.00。</translation>
    </message>
    <message>
        <source>Sum %1 = price %2 ✓</source>
        <translation>合计 %1 = 合同金额 %2 ✓</translation>
    </message>
    <message>
        <source>Sum %1 of price %2: %3 still to schedule.</source>
        <translation>合计 %1，合同金额 %2：还有 %3 未安排。</translation>
    </message>
    <message>
        <source>Sum %1 is %2 more than the price %3.</source>
        <translation>合计 %1，超出合同金额 %3 共 %2。</translation>
    </message>
</context>
<context>
    <name>sf::ui::ServiceRecordDialog</name>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>登记服务</translation>
    </message>
    <message>
        <source>Service record of %1</source>
        <translation>%1 的服务记录</translation>
    </message>
    <message>
        <source>The customer was not asked</source>
        <translation>未向客户询问满意度</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No particular contract</source>
        <translation>不关联具体合同</translation>
    </message>
    <message>
        <source>Which customer was served?</source>
        <translation>服务的是哪位客户？</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
    <message numerus="yes">
        <source> · satisfaction so far %1 (%n rated record(s))</source>
        <translation>
            <numerusform> · 目前满意度 %1（%n 条已评分记录）</numerusform>
        </translation>
    </message>
    <message>
        <source> · ends %1</source>
        <translation> · %1 到期</translation>
    </message>
    <message>
        <source>Say what was done, e.g. &quot;on-site check; replaced the backup disk&quot;.</source>
        <translation>请填写服务内容，例如“现场巡检；更换备份硬盘”。</translation>
    </message>
    <message>
        <source>The next maintenance cannot be before the service date (%1).</source>
        <translation>下次维护日期不能早于服务日期（%1）。</translation>
    </message>
    <message>
        <source>It appears in the owner&apos;s My day from %1.</source>
        <translation>从 %1 起将显示在负责人的“我的一天”中。</translation>
    </message>
</context>
<context>
    <name>sf::ui::SettingsDialog</name>
    <message>
        <source>Only an administrator may change the team&apos;s time zone.</source>
        <translation>只有管理员可以修改团队时区。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Empty: SalesFlow uses its default database.</source>
        <translation>留空：SalesFlow 使用默认数据库。</translation>
    </message>
    <message>
        <source>A new, empty database will be created there when SalesFlow restarts.</source>
        <translation>SalesFlow 重新启动时将在该位置创建一个新的空数据库。</translation>
    </message>
    <message>
        <source>SalesFlow opens this database when it restarts.</source>
        <translation>SalesFlow 重新启动时将打开此数据库。</translation>
    </message>
    <message>
        <source>The database SalesFlow has open now.</source>
        <translation>SalesFlow 当前打开的数据库。</translation>
    </message>
    <message>
        <source>SalesFlow opens this database when it starts normally; it was started with %1 this time.</source>
        <translation>SalesFlow 正常启动时打开此数据库；本次以 %1 启动。</translation>
    </message>
    <message>
        <source>Only an administrator may change the team&apos;s settings.</source>
        <translation>只有管理员可以修改团队设置。</translation>
    </message>
    <message>
        <source>{year} is the year, {serial:4} the serial within the year in 4 digits: the first contract of %1 is %2.</source>
        <translation>{year} 为年份，{serial:4} 为当年的 4 位流水号：%1 年的第一份合同编号为 %2。</translation>
    </message>
    <message>
        <source>The format needs {serial}, e.g. HT{year}{serial:4}.</source>
        <translation>格式中须包含 {serial}，例如 HT{year}{serial:4}。</translation>
    </message>
    <message>
        <source>The contract number format needs {serial}, e.g. HT{year}{serial:4}.</source>
        <translation>合同编号格式中须包含 {serial}，例如 HT{year}{serial:4}。</translation>
    </message>
    <message>
        <source>SalesFlow connects to this team server when it restarts; you sign in there with the login your administrator gave you.</source>
        <translation>SalesFlow 重新启动后将连接此团队服务器；请使用管理员提供的登录名登录。</translation>
    </message>
</context>
<context>
    <name>sf::ui::SignInDialog</name>
    <message>
        <source>At least %1 characters; not your login.</source>
        <translation>至少 %1 个字符；不能包含您的登录名。</translation>
    </message>
    <message>
        <source>Welcome to SalesFlow</source>
        <translation>欢迎使用 SalesFlow</translation>
    </message>
    <message>
        <source>This database has no administrator password yet. Choose the password of the administrator account, %1: you sign in with it from now on and add your team under Administration › Users.</source>
        <translation>此数据库尚未设置管理员密码。请为管理员账户 %1 设置密码：今后用它登录，并在“系统管理 › 用户”中添加您的团队成员。</translation>
    </message>
    <message>
        <source>Sign in to SalesFlow</source>
        <translation>登录 SalesFlow</translation>
    </message>
    <message>
        <source>Sign in with your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Welcome, %1. You have no password yet: choose the one you will sign in with from now on.</source>
        <translation>欢迎，%1。您还没有密码：请设置今后登录使用的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>设置密码并登录</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the database: a file on this computer or the team&apos;s server.</source>
        <translation>选择数据库：本机上的文件或团队服务器。</translation>
    </message>
    <message>
        <source>Sign in to the team server with the login and password your administrator gave you.</source>
        <translation>请使用管理员提供的登录名和密码登录团队服务器。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Upgrading the database %1 for this version of SalesFlow. A backup copy is kept first; a large database takes a few seconds…</source>
        <translation>正在为此版本的 SalesFlow 升级数据库 %1。升级前会先保留一份备份；数据量大时需要几秒钟…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>正在升级数据库</translation>
    </message>
</context>
<context>
    <name>sf::ui::SpecialDayDialog</name>
    <message>
        <source>Add a special day to %1</source>
        <translation>为 %1 年添加特殊日期</translation>
    </message>
    <message>
        <source>To move a holiday, remove this day and add another.</source>
        <translation>如需调整节日日期，请删除此日期后另行添加。</translation>
    </message>
    <message>
        <source>Edit special day</source>
        <translation>编辑特殊日期</translation>
    </message>
    <message>
        <source>Nobody works on this %1: every working-day deadline skips it.</source>
        <translation>这个%1全员休息：所有工作日截止时间都会跳过它。</translation>
    </message>
    <message>
        <source>A %1 is off anyway; listing it names the holiday it belongs to.</source>
        <translation>%1本来就休息；列出它是为了标明所属节日。</translation>
    </message>
    <message>
        <source>The team works on this %1 to make up for a holiday: working-day deadlines count it.</source>
        <translation>团队在这个%1调休上班：工作日截止时间会计入这一天。</translation>
    </message>
    <message>
        <source>A %1 is a working day anyway; make-up working days normally fall on a weekend.</source>
        <translation>%1本来就是工作日；调休上班日通常在周末。</translation>
    </message>
    <message>
        <source>Give the day a name: the holiday it belongs to, e.g. Spring Festival.</source>
        <translation>请为这一天填写名称：所属节日，如“春节”。</translation>
    </message>
</context>
<context>
    <name>sf::ui::SpecialDayModel</name>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>sf::ui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>At least %1 characters. Leave it empty and the user chooses a password at their first sign-in.</source>
        <translation>至少 %1 个字符。留空则由用户首次登录时自行设置密码。</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>e.g. 华东 — managers see their team</source>
        <translation>例如 华东 — 经理可查看本团队的客户</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sf::ui::UserModel</name>
    <message>
        <source>Senior</source>
        <translation>资深</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>A senior rep may own A customers (R6).</source>
        <translation>资深客户代表可以负责 A 类客户（R6）。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>资历</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sf::ui::UsersPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Everyone who works in SalesFlow, with the role that decides what they may do (docs/permissions.md). Senior reps may own A customers (R6); a manager sees the customers of their team. A user added without a password chooses one at the first sign-in.</source>
        <translation>所有使用 SalesFlow 的人员及其角色，角色决定其权限（见 docs/permissions.md）。资深客户代表可负责 A 类客户（R6）；经理可查看本团队的客户。添加时未设密码的用户在首次登录时自行设置密码。</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
</context>
<context>
    <name>sf::ui::YearCalendarView</name>
    <message>
        <source>Year calendar</source>
        <translation>全年日历</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
</context>
</TS>
