//@ spec: 18.7
// s.parse::<T>() for integers, floats and bools: values, rustc's error kinds and messages.
fn total(line: &str) -> Result<i64, std::num::ParseIntError> {
    let mut sum = 0;
    for word in line.split_whitespace() {
        sum += word.parse::<i64>()?;
    }
    Ok(sum)
}

fn main() {
    let n: u32 = "  128 ".trim().parse().unwrap();
    let neg = "-40".parse::<i16>().unwrap();
    println!("{} {}", n + 1, neg * 2);
    println!("{:?} {:?} {:?}", "256".parse::<u8>(), "-1".parse::<u32>(), "+7".parse::<i8>());
    println!("{:?} {:?}", "".parse::<usize>(), "-".parse::<i32>());
    match "12ab".parse::<i32>() {
        Ok(v) => println!("value {}", v),
        Err(e) => println!("error: {}", e),
    }
    println!("{:?} {:?}", total("1 2 3 4"), total("1 two 3"));
    let x: f64 = "2.5e2".parse().unwrap();
    let y = "-0.125".parse::<f32>().unwrap();
    println!("{} {} {:?} {:?}", x, y, "1.5.2".parse::<f64>().is_err(), "inf".parse::<f64>());
    println!("{:?} {:?}", "true".parse::<bool>(), "yes".parse::<bool>().is_err());
}
