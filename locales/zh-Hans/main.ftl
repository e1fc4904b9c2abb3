# 简体中文界面文字。消息 id 与 locales/en/main.ftl 相同。
# 热线信息（电话号码、地址）来自 content/site.toml，不写在这里。

language-name = 简体中文
site-name = 加拿大人口贩运热线
site-tagline = 保密的帮助，全天 24 小时开放，电话服务支持 200 多种语言。

## Page shell
skip-link = 跳到主要内容
quick-exit = 快速离开
quick-exit-prefix = 安全工具：
quick-exit-skip = 马上离开本网站（快速离开）
safety-notice = 有人会查看这台设备吗？如果可以，请换一台更安全的设备。想快速离开，请连按 3 次 Shift 键，或点击“快速离开”。
safety-notice-link = 怎样保护自己的安全
nav-label = 主菜单
languages-label = 语言
footer-privacy = 本网站不使用 Cookie，不记录你的访问，也不从其他网站加载任何内容。
footer-not-police = 热线是保密的。它不是警察，也不是政府。

## Hotline block (on every page)
hotline-label = 热线
hotline-call = 拨打 { $phone }
hotline-hours = 全天 24 小时
hotline-languages = 电话支持 200 多种语言
hotline-chat = 在线聊天
hotline-email = 电子邮件
hotline-tty = 文字电话（TTY）
hotline-tip = 提供线索
hotline-emergency = 现在有危险？请拨打 { $number }

## Quick exit script (read by screen readers)
quick-exit-press-1 = 已按下 Shift 键。再按 2 次就会离开本网站。
quick-exit-press-2 = 已按下 Shift 键。再按 1 次就会离开本网站。
quick-exit-expired = 已取消快速离开。
quick-exit-neutral-title = 天气

## Lists and pages
section-contents = 本栏目内容
page-updated = 更新于 { $date }
not-found-title = 找不到页面
not-found-description = 我们找不到这个页面。
not-found-text = 网址可能输错了，或者页面已经换了位置。不管怎样，热线都会为你提供帮助。
not-found-home = 返回首页

## Guides
guide-note = 只凭一个迹象，不能证明某人遭到了人口贩运；一个人就算没有表现出这些迹象，也可能正在遭受人口贩运。请把各种情况放在一起看。
guide-act-title = 你可以做什么
guide-act-no-confront = 不要去质问你怀疑的人，也不要自己去救人。这样做可能让对方和你都陷入危险。
guide-act-contact = 打电话、在线聊天或发邮件给热线，把情况说一说。热线是保密的，你不用说出自己的名字。
guide-act-emergency = 如果有人正面临紧急危险，请拨打 { $number }。
guide-for = 适合人群
guide-settings = 场所
guide-reviewed = 最近审核日期：{ $date }
guide-sources = 资料来源

## Words for audiences and settings
audience-public = 所有人
audience-workers = 工人
audience-youth = 年轻人
audience-parents = 家长和照顾者
audience-educators = 老师和学校员工
audience-employers = 雇主
audience-health-care = 医护人员
audience-hospitality = 酒店和餐馆员工
audience-transport = 交通和旅游行业员工
audience-finance = 银行和汇款服务员工
audience-survivors = 可能遭到人口贩运的人
setting-any = 任何地方
setting-workplace = 工作场所
setting-home = 家中
setting-online = 网上
setting-hotels = 酒店
setting-health-care = 医疗机构
setting-transport = 交通和旅行
setting-farms = 农场和食品加工
setting-schools = 学校
setting-finance = 银行和金融

## Dates: { $year }年{ $month }{ $day }日（例如 2026年11月1日）
date-format = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Guide filters (each filter is a page of its own)
filter-label = 显示指南
filter-all = 全部指南

## Search (the results page title stays neutral: it never shows the query)
search-label = 搜索本网站
search-button = 搜索
search-title = 搜索
search-description = 搜索本网站的指南和页面。
search-count = 找到 { $count } 个页面
search-none = 没有与这些词语相符的页面。
search-none-help = 请换个词语或少用几个词，浏览人口贩运的迹象，或与热线交谈。热线是保密的。
search-browse = 全部页面
search-previous = 上一页结果
search-next = 更多结果
search-busy = 同时搜索的人太多。请稍后再试。

## Campaigns and the partner toolkit
campaign-current = 进行中的宣传活动
campaign-upcoming = 即将开展的宣传活动
campaign-past = 已结束的宣传活动
campaign-dates = { $start }至{ $end }
campaign-share = 分享这项宣传活动
campaign-share-short = 社交媒体帖子
campaign-share-long = 简报或电子邮件
campaign-copy = 复制文字
campaign-copied = 已复制
campaign-qr = 本页的 QR 二维码
campaign-qr-alt = 打开 { $url } 的 QR 二维码
campaign-downloads = 海报、卡片和 QR 二维码
campaigns-current = 进行中的宣传活动
campaigns-upcoming = 即将开展的宣传活动
campaigns-past = 已结束的宣传活动
home-campaign-current = 正在进行的宣传活动
home-campaign-upcoming = 下一个宣传活动
home-campaign-all = 所有宣传活动
material-qr-png = QR 二维码（PNG）
material-qr-svg = QR 二维码（SVG，任意尺寸）
material-poster-png = 海报（PNG）
material-poster-svg = 海报（SVG，可按任意尺寸打印）
material-card-png = 随身卡片（PNG）
material-card-svg = 随身卡片（SVG）
embed-title = 把热线放到你的网站上
embed-intro = 把这段代码复制到你的网页中。这个徽章不含脚本，不设置 Cookie，也不追踪任何人。
embed-badge = 热线徽章
embed-badge-compact = 热线徽章（紧凑版）
embed-link = 纯文字链接
embed-preview = 热线徽章预览

## Sector toolkits
toolkit-sector = 行业：{ $sector }
toolkit-guides = 先读这些指南
toolkit-steps = 当班时：该怎么做
toolkit-steps-intro = 请按顺序做这些步骤。首先要保证你自己和对方的安全。
toolkit-briefing = 15 分钟员工培训
toolkit-briefing-intro = 把这一页打印出来，用它带你的团队开一次简短的培训。每个部分都有建议的时间。讨论问题的答案在下面，也在指南里。
toolkit-outline = 提纲
toolkit-minutes = { $count } 分钟
toolkit-questions = 讨论问题
toolkit-answer = 答案：
toolkit-scenarios = 情景：你会怎么做？
toolkit-material = 员工休息室用的材料
toolkit-material-intro = 把海报打印出来，贴在员工休息室，并给每个人一张随身卡片。用手机扫描海报或卡片上的 QR 二维码，就能打开你所在行业的指南。
toolkit-qr = 行业指南的 QR 二维码
toolkit-share = 员工简报和内网用的文字
toolkit-share-newsletter = 员工简报
toolkit-share-intranet = 内网或员工群聊
toolkit-train = 培训你的员工
toolkit-train-text = 和你的团队开一次 15 分钟的培训，海报和随身卡片都可以直接打印：

## Facts and figures (data pages)
data-source = 资料来源：
data-as-of = 数据截至 { $date }
data-download = 下载这个表格（CSV）
data-definitions = 这些词是什么意思
data-not-prevalence = 这些数字统计的是报告的情况。它们不能衡量人口贩运到底有多少。
data-fewer-than = 少于 { $threshold }
data-about = 大约 { $value }
data-more-than = 超过 { $value }
data-not-published = 未公布
data-percent = { $value }%
data-partial = 不满一年
data-related = 相关指南
data-home-title = 事实和数据
data-all = 全部事实和数据
data-csv-notes = 备注
