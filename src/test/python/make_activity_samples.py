#!/usr/bin/env python3
"""Writes the activity samples under src/test/resources/app/stride/export (deterministic; rerun to regenerate).

garmin-forerunner.tcx / garmin-forerunner.gpx: the same 5 km easy run from a Garmin-like watch, smart recording
(1-5 s between points), barometric elevation, auto-pause at a crossing (95 s with no points; TCX starts a new Track).
phone-runwalk.gpx: a phone app's run/walk (3 min run / 1 min walk), a point a second with GPS jitter, two manual
pauses (new trkseg), and a 40 s wait at traffic lights without pausing (no movement, only jitter).
"""
import math, random, os

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'app', 'stride', 'export')
LAT0, LON0 = 45.5231, -122.6765
M_PER_DEG_LAT = 111_132.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))

def stamp(t):
    import datetime
    return (datetime.datetime(2026, 11, 24, 7, 2, 11, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=t)).strftime('%Y-%m-%dT%H:%M:%SZ')

def position(along):
    # out and back along a straight riverside path heading east-north-east
    d = along if along <= 2500 else 5000 - along
    return LAT0 + d * math.sin(math.radians(20)) / M_PER_DEG_LAT, LON0 + d * math.cos(math.radians(20)) / M_PER_DEG_LON

def hill(along):
    d = along if along <= 2500 else 5000 - along
    return 31.0 + 18.0 * math.sin(d / 2500 * math.pi)  # one 18 m rise each way

def garmin():
    rnd = random.Random(7)
    pts, t, dist, seg = [], 0, 0.0, 0
    speed = 5000 / 1800
    steps = [1, 3, 5, 2, 4, 1, 5, 3]
    i = 0
    while dist < 5000 - 1e-6:
        lat, lon = position(dist)
        pts.append((t, seg, lat, lon, hill(dist) + rnd.uniform(-0.4, 0.4), dist))
        dt = steps[i % len(steps)]; i += 1
        if abs(dist - 2780) < speed * 3 and seg == 0:  # auto-pause at the crossing
            t += 95; seg = 1
            lat, lon = position(dist)
            pts.append((t, seg, lat, lon, hill(dist), dist))
        dt = min(dt, (5000 - dist) / speed) if dist + dt * speed > 5000 else dt
        t += dt; dist = min(5000.0, dist + dt * speed)
    lat, lon = position(dist)
    pts.append((round(t), seg, lat, lon, hill(dist), dist))
    return pts

def write_tcx(pts):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<TrainingCenterDatabase xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd" xmlns:ns5="http://www.garmin.com/xmlschemas/ActivityGoals/v1" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2" xmlns:ns2="http://www.garmin.com/xmlschemas/UserProfile/v2" xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
           '  <Activities>', '    <Activity Sport="Running">', '      <Id>%s</Id>' % stamp(0)]
    laps = {}
    for p in pts:
        laps.setdefault(min(4, int(p[5] // 1000)), []).append(p)
    for n in sorted(laps):
        lp = laps[n]
        moving = sum(b[0] - a[0] for a, b in zip(lp, lp[1:]) if b[1] == a[1])
        out += ['      <Lap StartTime="%s">' % stamp(lp[0][0]),
                '        <TotalTimeSeconds>%.1f</TotalTimeSeconds>' % moving,
                '        <DistanceMeters>%.1f</DistanceMeters>' % (lp[-1][5] - lp[0][5]),
                '        <Calories>71</Calories>', '        <AverageHeartRateBpm><Value>142</Value></AverageHeartRateBpm>',
                '        <Intensity>Active</Intensity>', '        <TriggerMethod>Distance</TriggerMethod>']
        seg = None
        for p in lp:
            if p[1] != seg:
                if seg is not None:
                    out.append('        </Track>')
                out.append('        <Track>'); seg = p[1]
            out += ['          <Trackpoint>', '            <Time>%s</Time>' % stamp(p[0]),
                    '            <Position>', '              <LatitudeDegrees>%.7f</LatitudeDegrees>' % p[2],
                    '              <LongitudeDegrees>%.7f</LongitudeDegrees>' % p[3], '            </Position>',
                    '            <AltitudeMeters>%.1f</AltitudeMeters>' % p[4],
                    '            <DistanceMeters>%.2f</DistanceMeters>' % p[5],
                    '            <HeartRateBpm><Value>%d</Value></HeartRateBpm>' % (138 + int(p[5]) % 9),
                    '            <Extensions><ns3:TPX><ns3:Speed>2.778</ns3:Speed><ns3:RunCadence>84</ns3:RunCadence></ns3:TPX></Extensions>',
                    '          </Trackpoint>']
        out += ['        </Track>', '      </Lap>']
    out += ['      <Creator xsi:type="Device_t">', '        <Name>Forerunner 265</Name>', '        <UnitId>3442187755</UnitId>',
            '        <ProductID>4257</ProductID>', '      </Creator>', '    </Activity>', '  </Activities>',
            '  <Author xsi:type="Application_t">', '    <Name>Connect Api</Name>', '    <LangID>en</LangID>', '    <PartNumber>006-D2449-00</PartNumber>',
            '  </Author>', '</TrainingCenterDatabase>']
    return '\n'.join(out) + '\n'

def write_gpx(segments, creator, name, garmin_ext):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if garmin_ext:
        out.append('<gpx creator="%s" version="1.1" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd http://www.garmin.com/xmlschemas/TrackPointExtension/v1 http://www.garmin.com/xmlschemas/TrackPointExtensionv1.xsd" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' % creator)
    else:
        out.append('<gpx xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" creator="%s" version="1.1" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">' % creator)
    out += [' <metadata>', '  <time>%s</time>' % stamp(segments[0][0][0]), ' </metadata>', ' <trk>', '  <name>%s</name>' % name, '  <type>running</type>']
    for seg in segments:
        out.append('  <trkseg>')
        for p in seg:
            ele = '' if p[4] is None else '<ele>%.1f</ele>' % p[4]
            ext = '<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>84</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>' if garmin_ext else ''
            out.append('   <trkpt lat="%.7f" lon="%.7f">%s<time>%s</time>%s</trkpt>' % (p[2], p[3], ele, stamp(p[0]), ext))
        out.append('  </trkseg>')
    out += [' </trk>', '</gpx>']
    return '\n'.join(out) + '\n'

def phone():
    rnd = random.Random(11)
    segs, seg, t, dist = [], [], 600, 0.0  # starts 10 minutes after the watch's run: another morning's run, same day
    pauses = {900: 60, 1800: 120}  # manual pause after these many seconds of recording
    light = (400, 440)             # waiting at lights: recording on, standing
    rec = 0
    while rec < 2400:
        lat, lon = position(dist % 5000)
        standing = light[0] <= rec < light[1]
        jitter = 0.1 if standing else 0.3  # phones smooth a standing fix
        lat += rnd.uniform(-jitter, jitter) / M_PER_DEG_LAT; lon += rnd.uniform(-jitter, jitter) / M_PER_DEG_LON
        ele = None if rec % 97 == 0 else hill(dist % 5000) + rnd.uniform(-1.5, 1.5)
        seg.append((t, 0, lat, lon, ele, dist))
        if rec in pauses:
            segs.append(seg); seg = []; t += pauses[rec]
        speed = 0 if standing else (2.5 if (rec // 60) % 4 != 3 else 1.4)
        t += 1; rec += 1; dist += speed
    segs.append(seg)
    return segs

if __name__ == '__main__':
    g = garmin()
    with open(os.path.join(OUT, 'garmin-forerunner.tcx'), 'w') as f:
        f.write(write_tcx(g))
    gsegs = [[p for p in g if p[1] == s] for s in (0, 1)]
    with open(os.path.join(OUT, 'garmin-forerunner.gpx'), 'w') as f:
        f.write(write_gpx(gsegs, 'Garmin Connect', 'Portland Running', True))
    ph = phone()
    with open(os.path.join(OUT, 'phone-runwalk.gpx'), 'w') as f:
        f.write(write_gpx(ph, 'StravaGPX Android', 'Morning Run', False))
    moving = sum(1 for s in ph for a, b in zip(s, s[1:]) if b[5] > a[5])
    print('garmin: 5000 m, moving 1800 s; phone: %.0f m, moving %d s, start %s' % (ph[-1][-1][5], moving, stamp(600)))
