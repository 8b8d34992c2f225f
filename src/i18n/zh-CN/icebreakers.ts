import type { icebreakers as en } from '../en/icebreakers.ts';

/** 简体中文：icebreakers（非正式频道里的破冰问题）。 */
export const icebreakers: Record<keyof typeof en, string> = {
  // 服务零售客户。
  'informal.icebreaker.q.customers_1': '你线路上哪位老板教过你一招？是什么？',
  'informal.icebreaker.q.customers_2': '说说你化解过的一次客户抱怨，最后是怎么扭转过来的？',
  'informal.icebreaker.q.customers_3': '哪家店的老板，一进门就让你心情变好？为什么？',
  'informal.icebreaker.q.customers_4': '你为零售户做过的哪件小事，老板特别领情？',
  'informal.icebreaker.q.customers_5': '零售户问过你最意想不到的问题是什么？',
  'informal.icebreaker.q.customers_6': '关于你的哪家店，有什么是报表上看不出来、只有你清楚的？',
  'informal.icebreaker.q.customers_7': '有没有哪位老板一开始不好打交道，后来处成了熟人？是怎么变过来的？',
  'informal.icebreaker.q.customers_8': '哪位客户的一句感谢，你到现在还记得？',
  'informal.icebreaker.q.customers_9': '最近在哪家店看到过特别巧妙的陈列或好点子？',

  // 跑市场。
  'informal.icebreaker.q.route_1': '对你来说，跑市场顺心的一天是什么样的？',
  'informal.icebreaker.q.route_2': '你线路上最盼着去的是哪家店？为什么？',
  'informal.icebreaker.q.route_3': '跑市场有什么小窍门？停车、错开高峰、下雨天怎么办，都可以说说。',
  'informal.icebreaker.q.route_4': '出门跑市场，包里或车上哪样东西你一定会带？',
  'informal.icebreaker.q.route_5': '你线路上哪个地方最适合停下来歇五分钟？',
  'informal.icebreaker.q.route_6': '事情特别多的一天，你怎么排拜访顺序？',
  'informal.icebreaker.q.route_7': '跑市场时遇到过什么好笑的事？',
  'informal.icebreaker.q.route_8': '从你开始跑这条线路到现在，变化最大的是什么？',
  'informal.icebreaker.q.route_9': '下午跑店容易犯困，你靠什么提神？',

  // 相互学习。
  'informal.icebreaker.q.learning_1': '同事教过你哪一招，你到现在还在用？',
  'informal.icebreaker.q.learning_2': '如果带一位新来的客户经理，第一周你最想教他什么？',
  'informal.icebreaker.q.learning_3': '这个月你学到了什么新东西？工作上、生活里的都算。',
  'informal.icebreaker.q.learning_4': '团队里谁的哪个做法，你很想学过来？',
  'informal.icebreaker.q.learning_5': '刚入行时踩过什么坑，让你学到了东西？',
  'informal.icebreaker.q.learning_6': '有什么问题你一直想问问大家？',
  'informal.icebreaker.q.learning_7': '今年你最想在哪方面提高自己？',
  'informal.icebreaker.q.learning_8': '刚来的时候，别人给你的哪条建议最管用？',
  'informal.icebreaker.q.learning_9': '有什么经验你一分钟就能讲清，却能帮同事省下一个钟头？',

  // 团队：合心、全员服务、共同承担、尊重与信任。
  'informal.icebreaker.q.team_1': '最近一次觉得咱们团队特别“合心”，是在什么时候？',
  'informal.icebreaker.q.team_2': '“全员服务”：有没有同事帮你照应过你的客户？说说当时的情况。',
  'informal.icebreaker.q.team_3': '最近谁帮你分担过工作？说说他帮了什么忙。',
  'informal.icebreaker.q.team_4': '在咱们这样的团队里，你觉得尊重体现在哪儿？',
  'informal.icebreaker.q.team_5': '同事做过哪件事，让你更信任他了？',
  'informal.icebreaker.q.team_6': '有什么小习惯能让咱们配合得更顺？',
  'informal.icebreaker.q.team_7': '咱们团队哪件事做得好，值得别的团队学一学？',
  'informal.icebreaker.q.team_8': '要给咱们团队起一句口号，你会怎么写？',
  'informal.icebreaker.q.team_9': '今年一起共事，有哪个瞬间你想一直记着？',

  // 工作之外的轻松话题。
  'informal.icebreaker.q.personal_1': '跑市场路上你最爱去哪儿吃饭？推荐一家。',
  'informal.icebreaker.q.personal_2': '最近路上你都在听什么？歌、相声、有声书都算。',
  'informal.icebreaker.q.personal_3': '上个周末有什么让你开心的小事？',
  'informal.icebreaker.q.personal_4': '你老家有什么菜，值得大家都尝一尝？',
  'informal.icebreaker.q.personal_5': '附近有什么好地方，适合周末去走走？',
  'informal.icebreaker.q.personal_6': '你是喝茶派还是咖啡派？平时怎么喝？',
  'informal.icebreaker.q.personal_7': '有什么爱好，能让你一口气聊上十分钟？',
  'informal.icebreaker.q.personal_8': '哪首歌一听就让你心情变好？',
  'informal.icebreaker.q.personal_9': '你家乡最出名的是什么？',
};
