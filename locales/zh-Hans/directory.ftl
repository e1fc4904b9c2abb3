# 服务名录（/<locale>/<名录 slug>/）的简体中文文字：筛选、服务条目、邮政编码框。
# 筛选标签也会成为筛选页面的网址，所以任何两个标签都不能相同，也不能和 tips.ftl 里的省名相同。

dir-hotline-first = 不知道该找谁？请先打热线电话：{ $phone }，任何时候都可以打。热线可以直接帮你联系你附近的服务。
dir-postal-label = 你的邮政编码
dir-postal-hint = 写前三个字符就够了，例如 K1A。我们只用第一个字母来找出你所在的省或地区，而且不会保存它。
dir-postal-submit = 查找服务
dir-postal-empty = 请输入邮政编码，或者在下面选择你所在的省或地区。
dir-postal-not-canadian = 这看起来不像加拿大的邮政编码。加拿大的邮政编码以字母开头，例如 K1A 或 V6B。
dir-postal-malformed = 请检查邮政编码：开头是一个字母、一个数字、再一个字母，例如 K1A。
dir-postal-error-title = 请检查邮政编码
dir-map-label = 加拿大地图：请选择省或地区
dir-map-credit = 地图轮廓：{ $credit }
dir-regions = 各省和地区
dir-region-x = 西北地区和努纳武特地区
dir-filters-label = 筛选服务名录
dir-filter-all = 全部服务
dir-filter-region = 地点
dir-filter-type = 帮助类型
dir-filter-population = 服务对象
dir-filter-language = 使用的语言
dir-filter-access = 联系方式
dir-filter-open = 24小时开放
dir-filter-text = 短信、聊天或文字电话
dir-results = { $count ->
   *[other] { $count } 个机构
}
dir-results-none = 名录里暂时还没有符合条件的服务。请打热线电话：热线还知道很多这里没有列出的服务。
dir-page = 第 { $page } 页，共 { $pages } 页
dir-previous = 上一页
dir-next = 下一页
dir-pages-label = 结果页码
dir-national = 全加拿大
dir-national-marker = 全国
dir-area-served = 服务地区
dir-what = 服务内容
dir-who = 服务对象
dir-eligibility = 谁可以使用
dir-reach = 怎样安全地联系他们
dir-phone = 电话
dir-text = 短信
dir-tty = 文字电话（TTY）
dir-chat = 在线聊天
dir-chat-link = 打开在线聊天（在对方的网站上）
dir-hours = 服务时间
dir-open-24-7 = 全天 24 小时、每周 7 天开放
dir-languages = 使用的语言
dir-trafficking = 可以帮助处理
dir-website = 网站
dir-website-leaves = （会离开本网站）
dir-note = 需要知道的事
dir-place = 地点
dir-address = 地址
dir-verified = 最近核实日期：{ $date }
dir-sources = 资料来源
dir-back = 名录里的全部服务
dir-listing-title = { $name }：怎样联系他们
dir-facet-title = { $directory }：{ $filter }

dir-type-crisis = 危机支持
dir-type-counselling = 心理辅导
dir-type-information = 信息和转介
dir-type-shelter = 寻找庇护所
dir-type-victim-services = 受害者服务
dir-type-legal = 法律帮助
dir-type-work-rights = 工作中的权利
dir-type-immigration = 移民身份
dir-type-report = 举报犯罪或虐待
dir-type-online-exploitation = 网上流传的私密照片

dir-pop-anyone = 任何人
dir-pop-children-youth = 儿童和青少年
dir-pop-women = 女性
dir-pop-indigenous = 原住民
dir-pop-migrant-workers = 移民工人
dir-pop-francophone = 说法语的人
dir-pop-victims = 犯罪受害者
dir-pop-low-income = 低收入人群

dir-trafficking-sex = 性贩运
dir-trafficking-labour = 劳工贩运

dir-lang-eng = 英语
dir-lang-fra = 法语
dir-lang-cre = 克里语
dir-lang-oji = 奥吉布瓦语
dir-lang-iku = 因纽特语
dir-lang-spa = 西班牙语
dir-lang-cmn = 普通话
dir-lang-yue = 粤语
dir-lang-pan = 旁遮普语
dir-lang-tgl = 他加禄语
dir-lang-arb = 阿拉伯语
dir-lang-ukr = 乌克兰语

dir-search-heading = 其他服务名录中的结果
# Between the items of a list (who a service serves, its languages).
dir-separator = { "、" }
