-- The statements entries.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- findEntry
select * from "progress_entries" where "city_code" = $1 and "task_id" = $2 and "period_id" = $3;

-- findEntryJson
select (select row_to_json(j)::text from (select e.id as "id", e.city_code as "cityCode", e.task_id as "taskId", e.period_id as "periodId", e.status as "status", e.progress as "progress", e.next_steps as "nextSteps", e.remarks as "remarks", e.actual as "actual", e.rank as "rank", e.pace as "pace", e.indicators_source as "indicatorsSource", e.state as "state", e.proposed_status as "proposedStatus", to_char(e.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "submittedAt", e.late as "late", to_char(e.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "reviewedAt", e.version as "version", to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "e"."version", "e"."state" from "progress_entries" as "e" where "e"."city_code" = $1 and "e"."task_id" = $2 and "e"."period_id" = $3;

-- listPeriodEntries
select (select row_to_json(j)::text from (select e.id as "id", e.city_code as "cityCode", e.task_id as "taskId", e.period_id as "periodId", e.status as "status", e.progress as "progress", e.next_steps as "nextSteps", e.remarks as "remarks", e.actual as "actual", e.rank as "rank", e.pace as "pace", e.indicators_source as "indicatorsSource", e.state as "state", e.proposed_status as "proposedStatus", to_char(e.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "submittedAt", e.late as "late", to_char(e.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "reviewedAt", e.version as "version", to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "e"."task_id", "t"."year" as "task_year", "t"."seq" as "task_seq" from "progress_entries" as "e" inner join "tasks" as "t" on "t"."city_code" = "e"."city_code" and "t"."id" = "e"."task_id" where "e"."city_code" = $1 and "e"."period_id" = $2 and "e"."state" = $3 and exists (
      select from task_search ts join entry_search es on es.city_code = ts.city_code and es.entry_id = e.id
      where ts.city_code = $4 and ts.task_id = e.task_id and (
    ts.doc @@ $5::tsquery
    or coalesce(es.doc @@ $6::tsquery, false)
    or exists (
      select from task_lead_units l
      join lead_unit_search u on u.city_code = l.city_code and u.lead_unit_id = l.lead_unit_id
      where l.city_code = e.city_code and l.task_id = e.task_id and u.doc @@ $7::tsquery
    )
  )
    ) order by "t"."year", "t"."seq", "t"."id" limit $8;

select (select row_to_json(j)::text from (select e.id as "id", e.city_code as "cityCode", e.task_id as "taskId", e.period_id as "periodId", e.status as "status", e.progress as "progress", e.next_steps as "nextSteps", e.remarks as "remarks", e.actual as "actual", e.rank as "rank", e.pace as "pace", e.indicators_source as "indicatorsSource", e.state as "state", e.proposed_status as "proposedStatus", to_char(e.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "submittedAt", e.late as "late", to_char(e.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "reviewedAt", e.version as "version", to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "e"."task_id", "t"."year" as "task_year", "t"."seq" as "task_seq" from "progress_entries" as "e" inner join "tasks" as "t" on "t"."city_code" = "e"."city_code" and "t"."id" = "e"."task_id" where "e"."city_code" = $1 and "e"."period_id" = $2 and "e"."state" = $3 order by "t"."year", "t"."seq", "t"."id" limit $4;

select (select row_to_json(j)::text from (select e.id as "id", e.city_code as "cityCode", e.task_id as "taskId", e.period_id as "periodId", e.status as "status", e.progress as "progress", e.next_steps as "nextSteps", e.remarks as "remarks", e.actual as "actual", e.rank as "rank", e.pace as "pace", e.indicators_source as "indicatorsSource", e.state as "state", e.proposed_status as "proposedStatus", to_char(e.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "submittedAt", e.late as "late", to_char(e.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "reviewedAt", e.version as "version", to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "e"."task_id", "t"."year" as "task_year", "t"."seq" as "task_seq" from "progress_entries" as "e" inner join "tasks" as "t" on "t"."city_code" = "e"."city_code" and "t"."id" = "e"."task_id" where "e"."city_code" = $1 and "e"."period_id" = $2 order by "t"."year", "t"."seq", "t"."id" limit $3;

-- listEntriesOfTasks
select * from "progress_entries" where "city_code" = $1 and "period_id" = $2 and "task_id" in ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17);

select * from "progress_entries" where "city_code" = $1 and "period_id" = $2 and "task_id" in ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) for update;

-- listTaskEntries
select "e".*, "p"."ends_on" as "period_ends_on" from "progress_entries" as "e" inner join "periods" as "p" on "p"."city_code" = "e"."city_code" and "p"."id" = "e"."period_id" where "e"."city_code" = $1 and "e"."task_id" = $2 order by "p"."ends_on", "p"."id" limit $3;

-- lockTaskForEntryWrite
select "t"."id", "t"."year", "t"."seq", "t"."title", "t"."targets", coalesce((
      select json_agg(json_build_object('id', u.id, 'name', u.name) order by l.position)
      from task_lead_units l join lead_units u on u.city_code = l.city_code and u.id = l.lead_unit_id
      where l.city_code = $1 and l.task_id = t.id), '[]') as "lead_units" from "tasks" as "t" where "t"."city_code" = $2 and "t"."id" = $3 for no key update of "t";

-- insertEntries
insert into "progress_entries" ("city_code", "period_id", "task_id", "status", "progress", "next_steps", "remarks", "actual", "rank", "indicators_source", "pace", "pace_rev", "state", "reviewed_at", "imported_version", "import_id") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16), ($17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32), ($33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48), ($49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63, $64), ($65, $66, $67, $68, $69, $70, $71, $72, $73, $74, $75, $76, $77, $78, $79, $80), ($81, $82, $83, $84, $85, $86, $87, $88, $89, $90, $91, $92, $93, $94, $95, $96), ($97, $98, $99, $100, $101, $102, $103, $104, $105, $106, $107, $108, $109, $110, $111, $112), ($113, $114, $115, $116, $117, $118, $119, $120, $121, $122, $123, $124, $125, $126, $127, $128), ($129, $130, $131, $132, $133, $134, $135, $136, $137, $138, $139, $140, $141, $142, $143, $144), ($145, $146, $147, $148, $149, $150, $151, $152, $153, $154, $155, $156, $157, $158, $159, $160), ($161, $162, $163, $164, $165, $166, $167, $168, $169, $170, $171, $172, $173, $174, $175, $176), ($177, $178, $179, $180, $181, $182, $183, $184, $185, $186, $187, $188, $189, $190, $191, $192), ($193, $194, $195, $196, $197, $198, $199, $200, $201, $202, $203, $204, $205, $206, $207, $208), ($209, $210, $211, $212, $213, $214, $215, $216, $217, $218, $219, $220, $221, $222, $223, $224), ($225, $226, $227, $228, $229, $230, $231, $232, $233, $234, $235, $236, $237, $238, $239, $240), ($241, $242, $243, $244, $245, $246, $247, $248, $249, $250, $251, $252, $253, $254, $255, $256), ($257, $258, $259, $260, $261, $262, $263, $264, $265, $266, $267, $268, $269, $270, $271, $272), ($273, $274, $275, $276, $277, $278, $279, $280, $281, $282, $283, $284, $285, $286, $287, $288), ($289, $290, $291, $292, $293, $294, $295, $296, $297, $298, $299, $300, $301, $302, $303, $304), ($305, $306, $307, $308, $309, $310, $311, $312, $313, $314, $315, $316, $317, $318, $319, $320), ($321, $322, $323, $324, $325, $326, $327, $328, $329, $330, $331, $332, $333, $334, $335, $336), ($337, $338, $339, $340, $341, $342, $343, $344, $345, $346, $347, $348, $349, $350, $351, $352), ($353, $354, $355, $356, $357, $358, $359, $360, $361, $362, $363, $364, $365, $366, $367, $368), ($369, $370, $371, $372, $373, $374, $375, $376, $377, $378, $379, $380, $381, $382, $383, $384), ($385, $386, $387, $388, $389, $390, $391, $392, $393, $394, $395, $396, $397, $398, $399, $400), ($401, $402, $403, $404, $405, $406, $407, $408, $409, $410, $411, $412, $413, $414, $415, $416), ($417, $418, $419, $420, $421, $422, $423, $424, $425, $426, $427, $428, $429, $430, $431, $432), ($433, $434, $435, $436, $437, $438, $439, $440, $441, $442, $443, $444, $445, $446, $447, $448), ($449, $450, $451, $452, $453, $454, $455, $456, $457, $458, $459, $460, $461, $462, $463, $464), ($465, $466, $467, $468, $469, $470, $471, $472, $473, $474, $475, $476, $477, $478, $479, $480), ($481, $482, $483, $484, $485, $486, $487, $488, $489, $490, $491, $492, $493, $494, $495, $496), ($497, $498, $499, $500, $501, $502, $503, $504, $505, $506, $507, $508, $509, $510, $511, $512), ($513, $514, $515, $516, $517, $518, $519, $520, $521, $522, $523, $524, $525, $526, $527, $528), ($529, $530, $531, $532, $533, $534, $535, $536, $537, $538, $539, $540, $541, $542, $543, $544), ($545, $546, $547, $548, $549, $550, $551, $552, $553, $554, $555, $556, $557, $558, $559, $560), ($561, $562, $563, $564, $565, $566, $567, $568, $569, $570, $571, $572, $573, $574, $575, $576), ($577, $578, $579, $580, $581, $582, $583, $584, $585, $586, $587, $588, $589, $590, $591, $592), ($593, $594, $595, $596, $597, $598, $599, $600, $601, $602, $603, $604, $605, $606, $607, $608), ($609, $610, $611, $612, $613, $614, $615, $616, $617, $618, $619, $620, $621, $622, $623, $624), ($625, $626, $627, $628, $629, $630, $631, $632, $633, $634, $635, $636, $637, $638, $639, $640), ($641, $642, $643, $644, $645, $646, $647, $648, $649, $650, $651, $652, $653, $654, $655, $656), ($657, $658, $659, $660, $661, $662, $663, $664, $665, $666, $667, $668, $669, $670, $671, $672), ($673, $674, $675, $676, $677, $678, $679, $680, $681, $682, $683, $684, $685, $686, $687, $688), ($689, $690, $691, $692, $693, $694, $695, $696, $697, $698, $699, $700, $701, $702, $703, $704), ($705, $706, $707, $708, $709, $710, $711, $712, $713, $714, $715, $716, $717, $718, $719, $720), ($721, $722, $723, $724, $725, $726, $727, $728, $729, $730, $731, $732, $733, $734, $735, $736), ($737, $738, $739, $740, $741, $742, $743, $744, $745, $746, $747, $748, $749, $750, $751, $752), ($753, $754, $755, $756, $757, $758, $759, $760, $761, $762, $763, $764, $765, $766, $767, $768) returning *;

insert into "progress_entries" ("city_code", "task_id", "period_id", "status", "progress", "next_steps", "remarks", "actual", "rank", "indicators_source", "state", "proposed_status", "pace", "pace_rev") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning *;

-- deleteEntryRow
delete from "entry_search" where "city_code" = $1 and "entry_id" = $2;

delete from "progress_entries" where "city_code" = $1 and "id" = $2;

-- assertEntryParents
select "id" from "periods" where "city_code" = $1 and "id" = $2;

select "id" from "tasks" where "city_code" = $1 and "id" = $2;

-- listComments
select * from "entry_comments" where "city_code" = $1 and "task_id" = $2 and "period_id" = $3 order by "id" limit $4;

-- insertComment
insert into "entry_comments" ("city_code", "task_id", "period_id", "author_key_id", "author_role", "kind", "body") values ($1, $2, $3, $4, $5, $6, $7) returning *;

-- entriesWithOldPace
select "e"."id", "e"."city_code", "e"."actual", "t"."targets", "p"."year", "p"."ends_on" from "progress_entries" as "e" inner join "tasks" as "t" on "t"."city_code" = "e"."city_code" and "t"."id" = "e"."task_id" inner join "periods" as "p" on "p"."city_code" = "e"."city_code" and "p"."id" = "e"."period_id" where "e"."pace_rev" < $1 order by "e"."pace_rev", "e"."id" limit $2;
