//@ spec: 12.6
// Borrowing a temporary in `let r = &make();` extends it to the end of the block, so
// the reference stays valid; copying a field out (`make().n`) drops the value at once.
struct Reading {
    sensor: &'static str,
    value: i32,
}
impl Drop for Reading {
    fn drop(&mut self) {
        println!("discard reading {}={}", self.sensor, self.value);
    }
}

fn sample(sensor: &'static str, value: i32) -> Reading {
    println!("sample {}", sensor);
    Reading { sensor, value }
}

fn average(rs: &[&Reading]) -> i32 {
    let mut sum = 0;
    for r in rs {
        sum += r.value;
    }
    sum / rs.len() as i32
}

fn main() {
    let t1 = &sample("temp", 20);
    let t2 = &sample("temp", 24);
    println!("average {}", average(&[t1, t2]));
    let humidity = sample("humidity", 55).value;
    println!("humidity copied {}", humidity);
    for round in 1..3 {
        let r = &sample("wind", round * 3);
        println!("round {} wind {}", round, r.value);
    }
    let pressure: &Reading;
    {
        let p = &mut sample("pressure", 1000);
        p.value += 13;
        println!("adjusted {}", p.value);
        pressure = t1;
    }
    println!("still have {} {}", pressure.sensor, pressure.value);
    println!("end of main");
}
