//@ run-pass
//@ spec: 11.1 11.3 11.4
// Tuple-struct newtypes for units keep meters and feet apart; unit structs act as markers.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Feet(f64);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Metric;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Imperial;

#[derive(Debug, Clone, Copy)]
struct Leg(&'static str, Meters);

impl Meters {
    fn to_feet(self) -> Feet { Feet(self.0 * 3.28084) }
    fn add(self, o: Meters) -> Meters { Meters(self.0 + o.0) }
}

impl Feet {
    fn to_meters(self) -> Meters { Meters(self.0 / 3.28084) }
}

impl Metric {
    fn label(&self) -> &'static str { "m" }
}

impl Imperial {
    fn label(&self) -> &'static str { "ft" }
}

fn main() {
    let route = [
        Leg("harbor", Meters(1200.0)),
        Leg("hill", Feet(2500.0).to_meters()),
        Leg("bridge", Meters(340.5)),
    ];
    let mut total = Meters(0.0);
    for Leg(name, dist) in route {
        total = total.add(dist);
        println!("{:<7} {:>9.2} {} = {:>9.2} {}", name, dist.0, Metric.label(), dist.to_feet().0, Imperial.label());
    }
    println!("total {:?}", total);
    let Meters(raw) = total;
    println!("raw {:.1}", raw);
    let longest = if route[0].1 > route[1].1 { route[0] } else { route[1] };
    println!("longest leg: {:?}", longest);
    println!("{} {}", Meters(1.0) == Meters(1.0), Feet(3.0) < Feet(2.0));
    println!("{:?} {:?} {}", Metric, Imperial, Metric == Metric);
    let m = Metric;
    let copy = m;
    println!("{:?} {:?}", m, copy);
}
