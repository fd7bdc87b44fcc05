-- The statements tasks.repository.ts sends, as recorded by `npm run sql` (test/sql/snapshot.ts). Do not edit.

-- linkedLeadUnits
select "id", "name" from "lead_units" where "city_code" = $1 and "id" in ($2);

select "id", "name" from "lead_units" where "city_code" = $1 and "id" in ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17);

-- listYearTasks
select "t".*, (select coalesce(json_agg(agg), '[]') from (select "u"."id", "u"."name", "l"."role", (row_number() over (order by l.position) - 1)::int as "order" from "task_lead_units" as "l" inner join "lead_units" as "u" on "u"."city_code" = $1 and "u"."id" = "l"."lead_unit_id" where "l"."city_code" = $2 and "l"."task_id" = "t"."id" order by "l"."position") as agg) as "lead_units" from "tasks" as "t" where "t"."city_code" = $3 and "t"."year" = $4 and "t"."parent_id" is null;

-- taskHasParts
select "id" from "tasks" where "city_code" = $1 and "parent_id" = $2 limit $3;

-- listUnitTasks
select "t".*, (select coalesce(json_agg(agg), '[]') from (select "u"."id", "u"."name", "l"."role", (row_number() over (order by l.position) - 1)::int as "order" from "task_lead_units" as "l" inner join "lead_units" as "u" on "u"."city_code" = $1 and "u"."id" = "l"."lead_unit_id" where "l"."city_code" = $2 and "l"."task_id" = "t"."id" order by "l"."position") as agg) as "lead_units" from "tasks" as "t" where "t"."city_code" = $3 and "t"."year" = $4 and "t"."parent_id" is null and exists (select "l"."task_id" from "task_lead_units" as "l" where "l"."city_code" = $5 and "l"."task_id" = "t"."id" and "l"."lead_unit_id" = $6) order by "t"."seq", "t"."id";

-- findTask
select "t".*, (select coalesce(json_agg(agg), '[]') from (select "u"."id", "u"."name", "l"."role", (row_number() over (order by l.position) - 1)::int as "order" from "task_lead_units" as "l" inner join "lead_units" as "u" on "u"."city_code" = $1 and "u"."id" = "l"."lead_unit_id" where "l"."city_code" = $2 and "l"."task_id" = "t"."id" order by "l"."position") as agg) as "lead_units" from "tasks" as "t" where "t"."city_code" = $3 and "t"."id" = $4;

-- findTaskJson
select (select row_to_json(j)::text from (select t.id as "id", t.city_code as "cityCode", t.year as "year", t.seq as "seq", t.title as "title", t.category as "category", (select coalesce(array_to_json(array_agg(row_to_json(x) order by x."order")), '[]') from (
    select u.id, u.name, l.role, (row_number() over (order by l.position) - 1)::int as "order"
    from task_lead_units l join lead_units u on u.city_code = $1 and u.id = l.lead_unit_id
    where l.city_code = $2 and l.task_id = t.id) as x) as "leadUnits", t.targets as "targets", t.targets_source as "targetsSource", t.schedule as "schedule", t.parent_id as "parentId", t.part as "part", t.rollup as "rollup", t.version as "version", to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "t"."version" from "tasks" as "t" where "t"."city_code" = $3 and "t"."id" = $4;

-- listTasks
select (select row_to_json(j)::text from (select t.id as "id", t.city_code as "cityCode", t.year as "year", t.seq as "seq", t.title as "title", t.category as "category", (select coalesce(array_to_json(array_agg(row_to_json(x) order by x."order")), '[]') from (
    select u.id, u.name, l.role, (row_number() over (order by l.position) - 1)::int as "order"
    from task_lead_units l join lead_units u on u.city_code = $1 and u.id = l.lead_unit_id
    where l.city_code = $2 and l.task_id = t.id) as x) as "leadUnits", t.targets as "targets", t.targets_source as "targetsSource", t.schedule as "schedule", t.parent_id as "parentId", t.part as "part", t.rollup as "rollup", t.version as "version", to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "t"."year", "t"."seq", "t"."id" from "tasks" as "t" where "t"."city_code" = $3 and "t"."title" like $4 order by "t"."year", "t"."seq", "t"."id" limit $5;

select (select row_to_json(j)::text from (select t.id as "id", t.city_code as "cityCode", t.year as "year", t.seq as "seq", t.title as "title", t.category as "category", (select coalesce(array_to_json(array_agg(row_to_json(x) order by x."order")), '[]') from (
    select u.id, u.name, l.role, (row_number() over (order by l.position) - 1)::int as "order"
    from task_lead_units l join lead_units u on u.city_code = $1 and u.id = l.lead_unit_id
    where l.city_code = $2 and l.task_id = t.id) as x) as "leadUnits", t.targets as "targets", t.targets_source as "targetsSource", t.schedule as "schedule", t.parent_id as "parentId", t.part as "part", t.rollup as "rollup", t.version as "version", to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "t"."year", "t"."seq", "t"."id" from "tasks" as "t" where "t"."city_code" = $3 and "t"."year" = $4 and exists (select "e"."id" from "progress_entries" as "e" where "e"."city_code" = $5 and "e"."task_id" = "t"."id" and "e"."period_id" = $6 and "e"."status" = $7) order by "t"."year", "t"."seq", "t"."id" limit $8;

select (select row_to_json(j)::text from (select t.id as "id", t.city_code as "cityCode", t.year as "year", t.seq as "seq", t.title as "title", t.category as "category", (select coalesce(array_to_json(array_agg(row_to_json(x) order by x."order")), '[]') from (
    select u.id, u.name, l.role, (row_number() over (order by l.position) - 1)::int as "order"
    from task_lead_units l join lead_units u on u.city_code = $1 and u.id = l.lead_unit_id
    where l.city_code = $2 and l.task_id = t.id) as x) as "leadUnits", t.targets as "targets", t.targets_source as "targetsSource", t.schedule as "schedule", t.parent_id as "parentId", t.part as "part", t.rollup as "rollup", t.version as "version", to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt", to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt") as j) as "json", "t"."year", "t"."seq", "t"."id" from "tasks" as "t" where "t"."city_code" = $3 and "t"."year" = $4 order by "t"."year", "t"."seq", "t"."id" limit $5;

-- insertTaskRows
insert into "tasks" ("year", "seq", "title", "category", "targets_source", "city_code", "targets", "schedule") values ($1, $2, $3, $4, $5, $6, $7, $8) returning *;

insert into "tasks" ("year", "seq", "title", "category", "targets_source", "city_code", "targets", "schedule") values ($1, $2, $3, $4, $5, $6, $7, $8), ($9, $10, $11, $12, $13, $14, $15, $16), ($17, $18, $19, $20, $21, $22, $23, $24), ($25, $26, $27, $28, $29, $30, $31, $32), ($33, $34, $35, $36, $37, $38, $39, $40), ($41, $42, $43, $44, $45, $46, $47, $48), ($49, $50, $51, $52, $53, $54, $55, $56), ($57, $58, $59, $60, $61, $62, $63, $64), ($65, $66, $67, $68, $69, $70, $71, $72), ($73, $74, $75, $76, $77, $78, $79, $80), ($81, $82, $83, $84, $85, $86, $87, $88), ($89, $90, $91, $92, $93, $94, $95, $96), ($97, $98, $99, $100, $101, $102, $103, $104), ($105, $106, $107, $108, $109, $110, $111, $112), ($113, $114, $115, $116, $117, $118, $119, $120), ($121, $122, $123, $124, $125, $126, $127, $128), ($129, $130, $131, $132, $133, $134, $135, $136), ($137, $138, $139, $140, $141, $142, $143, $144), ($145, $146, $147, $148, $149, $150, $151, $152), ($153, $154, $155, $156, $157, $158, $159, $160), ($161, $162, $163, $164, $165, $166, $167, $168), ($169, $170, $171, $172, $173, $174, $175, $176), ($177, $178, $179, $180, $181, $182, $183, $184), ($185, $186, $187, $188, $189, $190, $191, $192), ($193, $194, $195, $196, $197, $198, $199, $200), ($201, $202, $203, $204, $205, $206, $207, $208), ($209, $210, $211, $212, $213, $214, $215, $216), ($217, $218, $219, $220, $221, $222, $223, $224), ($225, $226, $227, $228, $229, $230, $231, $232), ($233, $234, $235, $236, $237, $238, $239, $240), ($241, $242, $243, $244, $245, $246, $247, $248), ($249, $250, $251, $252, $253, $254, $255, $256), ($257, $258, $259, $260, $261, $262, $263, $264), ($265, $266, $267, $268, $269, $270, $271, $272), ($273, $274, $275, $276, $277, $278, $279, $280), ($281, $282, $283, $284, $285, $286, $287, $288), ($289, $290, $291, $292, $293, $294, $295, $296), ($297, $298, $299, $300, $301, $302, $303, $304), ($305, $306, $307, $308, $309, $310, $311, $312), ($313, $314, $315, $316, $317, $318, $319, $320), ($321, $322, $323, $324, $325, $326, $327, $328), ($329, $330, $331, $332, $333, $334, $335, $336), ($337, $338, $339, $340, $341, $342, $343, $344), ($345, $346, $347, $348, $349, $350, $351, $352), ($353, $354, $355, $356, $357, $358, $359, $360), ($361, $362, $363, $364, $365, $366, $367, $368), ($369, $370, $371, $372, $373, $374, $375, $376), ($377, $378, $379, $380, $381, $382, $383, $384) returning *;

-- insertLinks
insert into "task_lead_units" ("city_code", "task_id", "lead_unit_id", "role", "position") values ($1, $2, $3, $4, $5);

insert into "task_lead_units" ("city_code", "task_id", "lead_unit_id", "role", "position") values ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, $14, $15), ($16, $17, $18, $19, $20), ($21, $22, $23, $24, $25), ($26, $27, $28, $29, $30), ($31, $32, $33, $34, $35), ($36, $37, $38, $39, $40), ($41, $42, $43, $44, $45), ($46, $47, $48, $49, $50), ($51, $52, $53, $54, $55), ($56, $57, $58, $59, $60), ($61, $62, $63, $64, $65), ($66, $67, $68, $69, $70), ($71, $72, $73, $74, $75), ($76, $77, $78, $79, $80), ($81, $82, $83, $84, $85), ($86, $87, $88, $89, $90), ($91, $92, $93, $94, $95), ($96, $97, $98, $99, $100), ($101, $102, $103, $104, $105), ($106, $107, $108, $109, $110), ($111, $112, $113, $114, $115), ($116, $117, $118, $119, $120), ($121, $122, $123, $124, $125), ($126, $127, $128, $129, $130), ($131, $132, $133, $134, $135), ($136, $137, $138, $139, $140), ($141, $142, $143, $144, $145), ($146, $147, $148, $149, $150), ($151, $152, $153, $154, $155), ($156, $157, $158, $159, $160), ($161, $162, $163, $164, $165), ($166, $167, $168, $169, $170), ($171, $172, $173, $174, $175), ($176, $177, $178, $179, $180), ($181, $182, $183, $184, $185), ($186, $187, $188, $189, $190), ($191, $192, $193, $194, $195), ($196, $197, $198, $199, $200), ($201, $202, $203, $204, $205), ($206, $207, $208, $209, $210), ($211, $212, $213, $214, $215), ($216, $217, $218, $219, $220), ($221, $222, $223, $224, $225), ($226, $227, $228, $229, $230), ($231, $232, $233, $234, $235), ($236, $237, $238, $239, $240), ($241, $242, $243, $244, $245);

-- knownLeadUnitIds
select "id" from "lead_units" where "city_code" = $1 and "id" in ($2);

-- lockTask
select "id" from "tasks" where "city_code" = $1 and "id" = $2 for no key update;

-- taskHasEntries
select "id" from "progress_entries" where "city_code" = $1 and "task_id" = $2 limit $3;

-- deleteTaskRow
delete from "tasks" where "city_code" = $1 and "id" = $2;
