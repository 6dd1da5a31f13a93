//@ spec: 12.4
// An owner's drop runs first and can still read its fields; then the fields are dropped
// in declaration order (not reverse), each running its own drop before its own fields.
struct Wheel(u8);
impl Drop for Wheel {
    fn drop(&mut self) {
        println!("  wheel {} removed", self.0);
    }
}

struct Engine {
    cylinders: u8,
    spark: Wheel,
}
impl Drop for Engine {
    fn drop(&mut self) {
        println!(" engine with {} cylinders out (spark {})", self.cylinders, self.spark.0);
    }
}

struct Car {
    name: &'static str,
    front: Wheel,
    engine: Engine,
    back: Wheel,
}
impl Drop for Car {
    fn drop(&mut self) {
        println!("scrapping {} (wheels {} and {})", self.name, self.front.0, self.back.0);
    }
}

// No Drop of its own: only its fields are dropped, still in declaration order.
struct Garage {
    first: Car,
    label: String,
    second: Wheel,
}

fn main() {
    let car = Car {
        back: Wheel(4),
        engine: Engine { spark: Wheel(9), cylinders: 6 },
        front: Wheel(1),
        name: "sedan",
    };
    println!("built {}", car.name);
    drop(car);
    println!("--- garage ---");
    let g = Garage {
        second: Wheel(20),
        label: String::from("north"),
        first: Car { name: "coupe", front: Wheel(11), engine: Engine { cylinders: 4, spark: Wheel(12) }, back: Wheel(13) },
    };
    println!("garage {} holds {}", g.label, g.first.name);
}
