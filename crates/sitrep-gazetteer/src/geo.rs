//! Geo math on a spherical Earth: distances, offsets ("25 km west of Kidal"), midpoints
//! ("between Anefis and Kidal"), bearings, and point-in-polygon for admin areas.
//!
//! A sphere of mean radius is accurate to ~0.5% against the ellipsoid, far finer than a
//! report's "about 25 km". Angles are degrees; latitude first in every signature except
//! polygon rings, which keep GeoJSON's `[lon, lat]` order.

/// Mean Earth radius (IUGG), km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// Initial bearing from point 1 towards point 2, degrees clockwise from north in [0, 360).
pub fn bearing_deg(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    normalize_bearing(y.atan2(x).to_degrees())
}

/// The point `km` away from (lat, lon) along the great circle leaving at `bearing_deg`
/// (0 north, 90 east, 180 south, 270 west).
pub fn destination(lat: f64, lon: f64, bearing_deg: f64, km: f64) -> (f64, f64) {
    let d = km / EARTH_RADIUS_KM;
    let b = bearing_deg.to_radians();
    let p1 = lat.to_radians();
    let l1 = lon.to_radians();
    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos())
        .clamp(-1.0, 1.0)
        .asin();
    let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
    (p2.to_degrees(), normalize_lon(l2.to_degrees()))
}

/// The point halfway between two points along the great circle joining them.
pub fn midpoint(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> (f64, f64) {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let l1 = lon1.to_radians();
    let dl = (lon2 - lon1).to_radians();
    let bx = p2.cos() * dl.cos();
    let by = p2.cos() * dl.sin();
    let p3 = (p1.sin() + p2.sin()).atan2(((p1.cos() + bx).powi(2) + by * by).sqrt());
    let l3 = l1 + by.atan2(p1.cos() + bx);
    (p3.to_degrees(), normalize_lon(l3.to_degrees()))
}

/// A bearing in [0, 360).
pub fn normalize_bearing(b: f64) -> f64 {
    let r = b.rem_euclid(360.0);
    if r >= 360.0 { 0.0 } else { r }
}

/// A longitude in [-180, 180).
pub fn normalize_lon(lon: f64) -> f64 {
    (lon + 180.0).rem_euclid(360.0) - 180.0
}

/// Is the point inside the ring? Ray casting; `ring` is a list of `[lon, lat]` points
/// (closed or not). Points exactly on an edge may fall either side.
pub fn point_in_ring(lat: f64, lon: f64, ring: &[[f64; 2]]) -> bool {
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let (x, y) = (lon, lat);
    let mut inside = false;
    let mut j = n - 1;
    for i in 0..n {
        let [xi, yi] = ring[i];
        let [xj, yj] = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Is the point inside the polygon? `rings` are GeoJSON's: the outer ring first, then
/// holes, each a list of `[lon, lat]` points. Even-odd rule, so a point in a hole is out.
pub fn point_in_polygon<R: AsRef<[[f64; 2]]>>(lat: f64, lon: f64, rings: &[R]) -> bool {
    rings
        .iter()
        .filter(|r| point_in_ring(lat, lon, r.as_ref()))
        .count()
        % 2
        == 1
}

/// The bounding box of some rings: (min lon, min lat, max lon, max lat).
pub fn bbox<R: AsRef<[[f64; 2]]>>(rings: &[R]) -> [f64; 4] {
    let mut b = [
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    ];
    for r in rings {
        for &[x, y] in r.as_ref() {
            b[0] = b[0].min(x);
            b[1] = b[1].min(y);
            b[2] = b[2].max(x);
            b[3] = b[3].max(y);
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIDAL: (f64, f64) = (18.441, 1.407);
    const TESSALIT: (f64, f64) = (20.201, 1.012);

    #[test]
    fn twenty_five_km_west_of_kidal() {
        let (lat, lon) = destination(KIDAL.0, KIDAL.1, 270.0, 25.0);
        assert!((lat - 18.441).abs() < 0.002, "{lat}");
        assert!((lon - 1.170).abs() < 0.003, "{lon}");
        let back = haversine_km(KIDAL.0, KIDAL.1, lat, lon);
        assert!((back - 25.0).abs() < 0.01, "{back}");
        // North is north, and bearings come back.
        let (n, _) = destination(KIDAL.0, KIDAL.1, 0.0, 111.2);
        assert!((n - 19.441).abs() < 0.01);
        assert!((bearing_deg(KIDAL.0, KIDAL.1, lat, lon) - 270.0).abs() < 0.2);
    }

    #[test]
    fn kidal_to_tessalit() {
        let d = haversine_km(KIDAL.0, KIDAL.1, TESSALIT.0, TESSALIT.1);
        assert!((185.0..=205.0).contains(&d), "{d}");
        assert_eq!(haversine_km(1.0, 2.0, 1.0, 2.0), 0.0);
        let b = bearing_deg(KIDAL.0, KIDAL.1, TESSALIT.0, TESSALIT.1);
        assert!((b - 348.0).abs() < 3.0, "{b}");
    }

    #[test]
    fn midpoints() {
        let (lat, lon) = midpoint(KIDAL.0, KIDAL.1, TESSALIT.0, TESSALIT.1);
        assert!(
            (lat - 19.321).abs() < 0.01 && (lon - 1.21).abs() < 0.01,
            "{lat} {lon}"
        );
        let d1 = haversine_km(KIDAL.0, KIDAL.1, lat, lon);
        let d2 = haversine_km(TESSALIT.0, TESSALIT.1, lat, lon);
        assert!((d1 - d2).abs() < 1e-6);
        // Across the antimeridian.
        let (_, lon) = midpoint(0.0, 179.0, 0.0, -179.0);
        assert!((lon.abs() - 180.0).abs() < 1e-9, "{lon}");
    }

    #[test]
    fn polygons_with_holes() {
        let outer = vec![[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]];
        let hole = vec![[1.0, 1.0], [2.0, 1.0], [2.0, 2.0], [1.0, 2.0]];
        let poly = [outer, hole];
        assert!(point_in_polygon(3.0, 3.0, &poly));
        assert!(!point_in_polygon(1.5, 1.5, &poly));
        assert!(!point_in_polygon(5.0, 1.0, &poly));
        assert!(!point_in_polygon(-0.1, 1.0, &poly));
        assert_eq!(bbox(&poly), [0.0, 0.0, 4.0, 4.0]);
    }
}
