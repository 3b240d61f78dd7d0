-- Reference data: regions, themes, publics and legal forms. Read-only for the application.

create table region (
    code      varchar(2) primary key check (code ~ '^[0-9]{2}$'),
    name      text       not null unique,
    overseas  boolean    not null,
    position  smallint   not null unique
);

-- The 18 regions with their INSEE codes, mainland first then overseas.
insert into region (code, name, overseas, position) values
    ('84', 'Auvergne-Rhône-Alpes',        false,  1),
    ('27', 'Bourgogne-Franche-Comté',     false,  2),
    ('53', 'Bretagne',                    false,  3),
    ('24', 'Centre-Val de Loire',         false,  4),
    ('94', 'Corse',                       false,  5),
    ('44', 'Grand Est',                   false,  6),
    ('32', 'Hauts-de-France',             false,  7),
    ('11', 'Île-de-France',               false,  8),
    ('28', 'Normandie',                   false,  9),
    ('75', 'Nouvelle-Aquitaine',          false, 10),
    ('76', 'Occitanie',                   false, 11),
    ('52', 'Pays de la Loire',            false, 12),
    ('93', 'Provence-Alpes-Côte d''Azur', false, 13),
    ('01', 'Guadeloupe',                  true,  14),
    ('02', 'Martinique',                  true,  15),
    ('03', 'Guyane',                      true,  16),
    ('04', 'La Réunion',                  true,  17),
    ('06', 'Mayotte',                     true,  18);

-- Labels of themes, publics and legal forms live in the message bundles under
-- theme.<code>, public.<code> and legalForm.<code>; the name here serves exports and SQL readers.
create table theme (
    code      varchar(20) primary key check (code ~ '^[a-z-]+$'),
    name      text        not null unique,
    position  smallint    not null unique
);

insert into theme (code, name, position) values
    ('emploi',        'Égalité d''accès à l''emploi',  1),
    ('territoires',   'Valorisation des territoires',  2),
    ('environnement', 'Enjeux environnementaux',       3);

create table target_public (
    code      varchar(20) primary key check (code ~ '^[a-z-]+$'),
    name      text        not null unique,
    position  smallint    not null unique
);

insert into target_public (code, name, position) values
    ('cadres',          'Cadres',          1),
    ('jeunes-diplomes', 'Jeunes diplômés', 2),
    ('pme',             'PME',             3);

-- ess_by_law: the form belongs to the social and solidarity economy by law (loi du 31 juillet 2014);
-- a commercial company belongs to it only with the ESUS approval, recorded on the organisation.
create table legal_form (
    code       varchar(30) primary key check (code ~ '^[a-z-]+$'),
    name       text        not null unique,
    ess_by_law boolean     not null,
    position   smallint    not null unique
);

insert into legal_form (code, name, ess_by_law, position) values
    ('association',         'Association',                         true,  1),
    ('scop',                'Société coopérative et participative (SCOP)', true, 2),
    ('scic',                'Société coopérative d''intérêt collectif (SCIC)', true, 3),
    ('cooperative',         'Autre coopérative',                   true,  4),
    ('mutuelle',            'Mutuelle',                            true,  5),
    ('fondation',           'Fondation',                           true,  6),
    ('societe-commerciale', 'Société commerciale',                 false, 7);
