/**
 * A week of Fanpage posts into the engine, as a Sở's integration would run
 * it every Monday: read each unit's Page through the Graph API (here a
 * fake Graph started on 127.0.0.1, so no network and no real token),
 * turn the posts into Activities, and evaluate the week with the Hòa Bình
 * 2024 preset on the sample province — "mỗi trường ≥ 01 tin, bài/tuần;
 * mỗi Phòng ≥ 03; Sở ≥ 04".
 *
 * It uses the Promise functions (no Effect needed); one Graph answer is a
 * 503, which the client retries.
 *
 *   npx tsx --conditions=@lantoa/source examples/facebook-week.ts
 */
import assert from "node:assert/strict"
import { createFacebookClient, pagesFromChannels, syncFacebookPages } from "@lantoa/adapter-facebook"
import { createEngine } from "@lantoa/engine"
import { hoaBinh2024 } from "@lantoa/policy"
import { generateProvince } from "@lantoa/sample-province"
import { startFakeGraph, type ExamplePost } from "./support/fakeGraphServer.js"

// The roster of the sample province (units, people, channels), without activity.
const roster = generateProvince({ activities: false })
const kindOf = new Map(roster.units.map((unit) => [unit.id, unit.kind]))
const fanpages = roster.channels.filter((channel) => channel.platform === "facebook-page")
const first = (kind: string, count = 1) => fanpages.filter((channel) => kindOf.get(channel.unit) === kind).slice(0, count)
const chosen = [...first("department"), ...first("district-office"), ...first("lower-secondary", 2), ...first("kindergarten")]

// Each Fanpage's Page id (in a real roster: the channel's `pageId` field or its facebook.com link).
const { pages } = pagesFromChannels(chosen, {
  pageIds: Object.fromEntries(chosen.map((channel, i) => [channel.id, `10800000000${String(i + 1).padStart(4, "0")}`])),
})

// What each Page posted in ISO week 2024-W46 (Monday 11/11 to Sunday 17/11, Vietnam time).
const postsPerPage = [5, 2, 1, 3, 0]
const TITLES = ["Hội thi giáo viên dạy giỏi cấp trường", "Tuyên truyền phòng chống đuối nước", "Ngày hội đọc sách", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "Lịch thi học kỳ I"]
const weekPosts = (pageId: string, count: number): Array<ExamplePost> =>
  Array.from({ length: count }, (_, i) => ({
    id: `${pageId}_${122100000000 + i}`,
    at: `2024-11-${String(11 + i).padStart(2, "0")}T${String(8 + i).padStart(2, "0")}:30:00+07:00`,
    message: TITLES[i % TITLES.length] as string,
    reactions: 20 + i * 7,
    comments: i,
    shares: i % 2,
  }))
const graph = await startFakeGraph({
  pages: Object.fromEntries(
    pages.map((page, i) => [
      page.pageId,
      {
        token: `EAAGexample${i}`,
        posts: [
          ...weekPosts(page.pageId, postsPerPage[i] as number),
          // Sunday 23:30 of the week before and Monday 00:00 of the week after: not this week's.
          { id: `${page.pageId}_1`, at: "2024-11-10T23:30:00+07:00", message: "Tin tuần trước" },
          { id: `${page.pageId}_2`, at: "2024-11-18T00:00:00+07:00", message: "Tin tuần sau" },
        ],
      },
    ]),
  ),
  failRequests: [2],
})

try {
  // One Promise client per Page token; pages of 2 posts, to show the pagination at work.
  const result = await syncFacebookPages(
    pages.map((page, i) => ({
      page,
      client: createFacebookClient({
        accessToken: `EAAGexample${i}`,
        baseUrl: graph.baseUrl,
        version: "v25.0",
        pageSize: 2,
        retry: { baseDelay: "10 millis" },
      }),
    })),
    { period: "2024-W46" },
  )
  assert.deepEqual(result.issues, [])
  assert.equal(result.activities.length, postsPerPage.reduce((a, b) => a + b, 0))
  console.log(`Đồng bộ ${pages.length} Fanpage: ${result.activities.length} bài trong tuần 2024-W46, ${graph.requests()} lượt gọi Graph API (1 lỗi 503 đã được thử lại).`)
  for (const page of result.pages) {
    const engagement = page.posts.reduce((sum, post) => sum + post.reactions + post.comments + post.shares, 0)
    console.log(`  ${page.page.name}: ${page.posts.length} bài, ${page.fetchedPages} trang kết quả, ${engagement} lượt tương tác`)
  }

  // The engine counts the posts against the plan's quotas.
  const report = createEngine(hoaBinh2024).evaluate({ ...roster, activities: [...result.activities] }, { period: "2024-W46", now: "2024-11-18T08:00:00+07:00" })
  assert.deepEqual(report.issues, [])
  console.log("\nKết quả tuần 2024-W46:")
  pages.forEach((page, i) => {
    const verdict = report.quotas.find((quota) => quota.period === "2024-W46" && "unit" in quota.subject && quota.subject.unit === page.unit)
    assert.equal(verdict?.counted, postsPerPage[i])
    console.log(`  ${verdict?.explanation}`)
  })
  const statuses = pages.map((page) => report.quotas.find((quota) => quota.period === "2024-W46" && "unit" in quota.subject && quota.subject.unit === page.unit)?.status)
  // The Sở posted 5 (≥ 4: met), the Phòng 2 (< 3: short), the schools 1, 3 and 0 (≥ 1: met, met, short).
  assert.deepEqual(statuses, ["met", "short", "met", "met", "short"])
} finally {
  await graph.close()
}
