//@ spec: 18.7, 18.4, 11.19
// A reverse-Polish calculator: tokens from split_whitespace are operators or numbers
// parsed with parse::<i64>(); bad numbers report rustc's ParseIntError text and kind.
#[derive(Debug)]
enum CalcError {
    BadNumber(String, std::num::ParseIntError),
    StackUnderflow(String),
    DivideByZero,
    Leftover(usize),
}

fn eval(expr: &str) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for tok in expr.split_whitespace() {
        if tok == "+" || tok == "-" || tok == "*" || tok == "/" {
            let b = stack.pop().ok_or(CalcError::StackUnderflow(tok.to_string()))?;
            let a = stack.pop().ok_or(CalcError::StackUnderflow(tok.to_string()))?;
            let v = match tok {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                _ => {
                    if b == 0 {
                        return Err(CalcError::DivideByZero);
                    }
                    a / b
                }
            };
            stack.push(v);
        } else {
            match tok.parse::<i64>() {
                Ok(n) => stack.push(n),
                Err(e) => return Err(CalcError::BadNumber(tok.to_string(), e)),
            }
        }
    }
    if stack.len() != 1 {
        return Err(CalcError::Leftover(stack.len()));
    }
    Ok(stack[0])
}

fn main() {
    let programs = ["3 4 + 2 *", "10 -3 /", "1 2 3", "5 +", "7 0 /", "2 x3 *", "99999999999999999999 1 +", "-9223372036854775809 1 -", "", "  12   "];
    for p in programs.iter() {
        match eval(p) {
            Ok(v) => println!("{:<28} = {}", format!("{:?}", p), v),
            Err(CalcError::BadNumber(tok, e)) => println!("{:<28} ! {:?} is not a number: {} ({:?})", format!("{:?}", p), tok, e, e),
            Err(other) => println!("{:<28} ! {:?}", format!("{:?}", p), other),
        }
    }
}
