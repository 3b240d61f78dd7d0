-- Laureates of the December 2024 selection round, loaded as history (no grant application behind them).
-- Source: the public article « Novapec présente ses projets soutenus en région ». It announces ten
-- projects but describes eleven; all eleven are recorded here. Summaries and descriptions paraphrase it.
-- Each block inserts one project, then its organisations, regions, cities (when the article names any)
-- and publics in a single statement; ids come from "returning", the round is found by its label.
-- planned_beneficiaries is set only where the article gives a number of people to accompany.

-- 1. SUCCESS, le mentorat engagé (CRESS Île-de-France and CRESS Bretagne)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'success-mentorat-engage',
        'SUCCESS, le mentorat engagé',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Programme de mentorat porté par deux CRESS pour faire découvrir l''économie sociale et solidaire à de jeunes diplômés et les aider à y trouver leur place.',
        'Les CRESS d''Île-de-France et de Bretagne unissent leurs forces autour d''un dispositif de mentorat inédit consacré à l''ESS. '
        || 'Des salariés et dirigeants du secteur sont formés au rôle de mentor afin de suivre individuellement 70 jeunes des deux régions attirés par ces métiers. '
        || 'Ces échanges doivent permettre aux jeunes diplômés de gagner en compétences et de rejoindre des structures de l''ESS près de chez eux.',
        70,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'CRESS Île-de-France', 'CARRIER'),
                    (2, 'CRESS Bretagne',      'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('11'), ('53')) v (code)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('jeunes-diplomes')) v (code);

-- 2. Pack Job Senior (Ancre, Calvados)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'pack-job-senior',
        'Pack Job Senior',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Un escape game virtuel fondé sur l''IA générative et un mentorat individuel pour ramener vers l''emploi les cadres de plus de 50 ans du Calvados.',
        'Dans le Calvados, où le chômage frappe durement les plus de 50 ans, l''association Ancre s''attaque à la fracture numérique qui pénalise les seniors. '
        || 'Son parcours repose sur un escape game virtuel mobilisant des outils d''IA générative, pour apprivoiser le numérique de manière ludique dans la recherche d''emploi. '
        || 'Un mentorat individuel de 240 heures complète le dispositif : il sert à valider le projet professionnel, à décrocher un poste de cadre et à suivre la personne après son arrivée dans l''entreprise.',
        null,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'Ancre', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('28')) v (code)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('cadres')) v (code);

-- 3. Génération Excellence (NQT with SCOP ERROL, Orléans and Tours)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'generation-excellence',
        'Génération Excellence',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Renforcer les compétences comportementales de jeunes diplômés de milieux modestes et de quartiers prioritaires à l''aide d''outils inspirés des neurosciences.',
        'Porté en Centre-Val de Loire par l''association NQT avec la SCOP ERROL, le projet soutient les projets professionnels de jeunes diplômés d''origine modeste ou issus des quartiers prioritaires de la politique de la ville. '
        || 'Le parcours associe suivi individuel et ateliers collectifs organisés en 10 modules (travail en groupe, organisation personnelle, capacité d''adaptation…), appuyés sur les apports des neurosciences. '
        || 'L''expérimentation concerne 40 jeunes, répartis en deux cohortes, dans les métropoles d''Orléans et de Tours.',
        40,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'NQT',        'CARRIER'),
                    (2, 'SCOP ERROL', 'PARTNER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('24')) v (code)
), c as (
    insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
    select p.id, v.position, v.name, v.region_code, v.qpv
    from p, (values (1, 'Orléans', '24', true),
                    (2, 'Tours',   '24', true)) v (position, name, region_code, qpv)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('jeunes-diplomes')) v (code);

-- 4. L'Alternative Urbaine (Alter-Culturelle, Bordeaux then four new cities)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'l-alternative-urbaine',
        'L''Alternative Urbaine',
        'territoires',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Former des personnes éloignées de l''emploi à concevoir et guider des balades urbaines dans les quartiers prioritaires, pour changer le regard porté sur ces territoires.',
        'L''association Alter-Culturelle fait de la culture un levier d''insertion : en 10 mois, des personnes sans emploi deviennent éclaireurs urbains et animent des balades dans les quartiers prioritaires de la ville. '
        || 'Elle rappelle que moins de 8 % des missions d''insertion proposées aux publics vulnérables relèvent d''activités tertiaires ou intellectuelles. '
        || 'Présent à Bordeaux depuis 2016, où 84 éclaireurs ont déjà été accompagnés, le projet s''étend grâce à Novapec à La Rochelle, Limoges, Toulouse et Clermont-Ferrand.',
        null,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'Alter-Culturelle', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('75'), ('76'), ('84')) v (code)
), c as (
    insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
    select p.id, v.position, v.name, v.region_code, v.qpv
    from p, (values (1, 'Bordeaux',         '75', true),
                    (2, 'La Rochelle',      '75', true),
                    (3, 'Limoges',          '75', true),
                    (4, 'Toulouse',         '76', true),
                    (5, 'Clermont-Ferrand', '84', true)) v (position, name, region_code, qpv)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('cadres'), ('jeunes-diplomes')) v (code);

-- 5. Service civique à impact (Impulso, Hauts-de-France); the article gives the project no name.
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'service-civique-a-impact',
        'Service civique à impact',
        'territoires',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Des missions de service civique qui renforcent l''employabilité de jeunes diplômés tout en épaulant les petites associations locales des Hauts-de-France.',
        'Dans les Hauts-de-France, l''association Impulso fait du service civique un tremplin vers l''emploi pour des jeunes diplômés de milieux modestes ou habitant en quartier prioritaire. '
        || 'Pendant sa mission, chaque volontaire se forme (gestion de projet, communication, marketing, finance), construit un projet d''avenir avec un accompagnement personnalisé et met ses compétences au service de 3 ou 4 associations. '
        || 'Les petites structures qui manquent de ressources humaines sont prioritaires, ce qui renforce le tissu associatif local.',
        null,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'Impulso', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('32')) v (code)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('jeunes-diplomes')) v (code);

-- 6. Séniors, allez tous vous faire voir (PEPS, Hauts-de-France)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'seniors-allez-tous-vous-faire-voir',
        'Séniors, allez tous vous faire voir',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Dix semaines d''accompagnement intensif pour remettre en selle des cadres seniors en recherche d''emploi dans les territoires les plus fragiles des Hauts-de-France.',
        'L''association PEPS (Plein Emploi pour les Seniors) propose à des cadres seniors en recherche d''emploi un programme intensif de 10 semaines dans les territoires en difficulté des Hauts-de-France. '
        || 'Chaque participant est encadré par un coach animateur et par un mentor, avec 5 demi-journées d''ateliers par semaine complétées par du travail en autonomie. '
        || 'La diversité des profils accompagnés doit aussi répondre aux besoins de recrutement des entreprises de Tourcoing, Lille, Roubaix, Orchies et Dunkerque.',
        null,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'PEPS (Plein Emploi pour les Seniors)', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('32')) v (code)
), c as (
    insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
    select p.id, v.position, v.name, v.region_code, v.qpv
    from p, (values (1, 'Tourcoing', '32', false),
                    (2, 'Lille',     '32', false),
                    (3, 'Roubaix',   '32', false),
                    (4, 'Orchies',   '32', false),
                    (5, 'Dunkerque', '32', false)) v (position, name, region_code, qpv)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('cadres'), ('pme')) v (code);

-- 7. Mangez, bougez vers l'emploi ! (Rugby No Limit, Toulouse and Montpellier)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'mangez-bougez-vers-l-emploi',
        'Mangez, bougez vers l''emploi !',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Allier sport, cuisine et accompagnement vers l''emploi pour remobiliser des jeunes et des cadres éloignés du travail à Toulouse et à Montpellier.',
        'Partant de l''idée qu''une bonne alimentation et une activité physique régulière soutiennent la santé des personnes en recherche d''emploi, l''association Rugby No Limit a conçu un parcours original en Occitanie. '
        || 'Chaque participant profite de 18 séances sportives encadrées par des éducateurs, de 6 ateliers cuisine avec repas, de 6 ateliers collectifs d''insertion, de 4 propositions de job dating et d''un entretien individuel d''une heure chaque semaine. '
        || 'À Toulouse et à Montpellier, 250 personnes doivent suivre ce parcours en 2025, réparties en groupes de 13.',
        250,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'Rugby No Limit', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('76')) v (code)
), c as (
    insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
    select p.id, v.position, v.name, v.region_code, v.qpv
    from p, (values (1, 'Toulouse',    '76', false),
                    (2, 'Montpellier', '76', false)) v (position, name, region_code, qpv)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('cadres'), ('jeunes-diplomes')) v (code);

-- 8. Les rencontres Jeunes Dip' de la Réussite (Mission locale de Montpellier and FACE Hérault)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'rencontres-jeunes-dip-de-la-reussite',
        'Les rencontres Jeunes Dip'' de la Réussite',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Un parcours de trois mois mêlant dynamique de promotion et suivi individuel pour l''insertion de jeunes diplômés des quartiers prioritaires montpelliérains.',
        'Ce programme sur mesure de 3 mois vise l''insertion sociale et professionnelle de jeunes diplômés habitant les quartiers prioritaires de la politique de la ville. '
        || 'Au total, 45 jeunes seront suivis pendant 50 heures, en promotions de 8 aux niveaux de qualification variés, en alternant temps collectifs et rendez-vous individuels avec un conseiller référent, un parrain ou une marraine et des entreprises de la région. '
        || 'La Mission locale de Montpellier et FACE Hérault conduisent ensemble le dispositif et y associent leurs réseaux d''entreprises engagées.',
        45,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'Mission locale de Montpellier', 'CARRIER'),
                    (2, 'FACE Hérault',                  'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('76')) v (code)
), c as (
    insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
    select p.id, v.position, v.name, v.region_code, v.qpv
    from p, (values (1, 'Montpellier', '76', true)) v (position, name, region_code, qpv)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('jeunes-diplomes')) v (code);

-- 9. Changer les regards sur la santé mentale en milieu professionnel (Clubhouse France)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'changer-les-regards-sante-mentale',
        'Changer les regards sur la santé mentale en milieu professionnel',
        'emploi',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Favoriser le retour à l''emploi de cadres et de jeunes diplômés dont la carrière a été interrompue par un trouble psychique ou fragilisée par un burn-out.',
        'Les Clubhouse sont des lieux d''accueil qui aident des personnes vivant avec un trouble psychique sévère, une fois leur état stabilisé, à reconstruire une vie sociale et professionnelle. '
        || 'Avec ce programme, Clubhouse France s''adresse aux cadres et aux jeunes diplômés contraints de mettre leur carrière entre parenthèses parce qu''un trouble psychique est apparu ou s''est aggravé, ou qu''un burn-out les a fragilisés. '
        || 'Le projet doit bénéficier à 450 personnes à Paris, Lille, Lyon et Bordeaux.',
        450,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'Clubhouse France', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('11'), ('32'), ('84'), ('75')) v (code)
), c as (
    insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
    select p.id, v.position, v.name, v.region_code, v.qpv
    from p, (values (1, 'Paris',    '11', false),
                    (2, 'Lille',    '32', false),
                    (3, 'Lyon',     '84', false),
                    (4, 'Bordeaux', '75', false)) v (position, name, region_code, qpv)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('cadres'), ('jeunes-diplomes')) v (code);

-- 10. PRO'M'ESS (CRESS Bourgogne-Franche-Comté)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'pro-m-ess',
        'PRO''M''ESS',
        'territoires',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Un réseau emploi et territoires pour faire connaître les métiers de l''ESS et attirer jeunes diplômés et cadres en reconversion vers les bassins ruraux de Bourgogne-Franche-Comté.',
        'En Bourgogne-Franche-Comté, les besoins de recrutement sont importants, notamment dans l''ESS dont les métiers restent souvent méconnus. '
        || 'La CRESS régionale y lance PRO''M''ESS, réseau emploi et territoires de l''ESS pour le recrutement de jeunes cadres et de seniors, qui poursuit trois objectifs : rendre visibles les offres et les parcours du secteur auprès des jeunes diplômés et des cadres en reconversion, apporter des candidatures aux employeurs de l''ESS et animer un réseau d''échanges durable entre publics, professionnels et acteurs de l''insertion et de la formation. '
        || 'L''attractivité des bassins d''emploi ruraux de la région est au cœur de la démarche.',
        null,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'CRESS Bourgogne-Franche-Comté', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('27')) v (code)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('cadres'), ('jeunes-diplomes'), ('pme')) v (code);

-- 11. IRESS, Institut régional de l'ESS (CRESS de Mayotte)
with p as (
    insert into laureate_project (slug, name, theme_code, year, round_id, application_id, summary, description, planned_beneficiaries, published)
    values (
        'iress',
        'IRESS',
        'territoires',
        2024,
        (select id from selection_round where label = 'Décembre 2024'),
        null,
        'Un institut créé par la CRESS de Mayotte pour éveiller tôt les vocations aux métiers de l''ESS et former les compétences qui manquent sur l''île.',
        'Créé par la CRESS de Mayotte, l''Institut régional de l''ESS (IRESS) veut faire connaître aux Mahorais et aux Mahoraises, dès leur jeunesse, les débouchés professionnels de l''économie sociale et solidaire. '
        || 'Il répond au manque de compétences disponibles et de formations dans ce secteur sur le territoire. '
        || 'Trois pôles le composent : jeunesse, formation professionnelle par la VAE et excellence, avec des formations de bac+3 à bac+8, au service aussi du développement économique de l''île.',
        null,
        true)
    returning id
), o as (
    insert into laureate_organisation (laureate_id, position, name, role)
    select p.id, v.position, v.name, v.role
    from p, (values (1, 'CRESS de Mayotte', 'CARRIER')) v (position, name, role)
), r as (
    insert into laureate_region (laureate_id, region_code)
    select p.id, v.code from p, (values ('06')) v (code)
)
insert into laureate_public (laureate_id, public_code)
select p.id, v.code from p, (values ('jeunes-diplomes'), ('pme')) v (code);
